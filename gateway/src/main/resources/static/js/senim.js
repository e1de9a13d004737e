// Senim pages: enhancement only. Every page works without this file.
(function () {
  'use strict';

  // Quick exit: replace this page in the history, so Back does not return to it.
  function leave(url) {
    document.body.innerHTML = '';
    window.location.replace(url);
  }
  var exit = document.getElementById('quick-exit');
  if (exit) {
    var target = exit.getAttribute('data-exit') || exit.href;
    exit.addEventListener('click', function (event) {
      event.preventDefault();
      leave(target);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' || event.key === 'Esc') {
        leave(target);
      }
    });
  }

  // After a refused post, take the reader to what needs attention.
  var attention = document.getElementById('error-summary') || document.getElementById('notice');
  if (attention) {
    attention.focus();
  }

  var form = document.getElementById('tip-form');
  if (!form) {
    return;
  }
  var steps = Array.prototype.slice.call(form.querySelectorAll('fieldset.step'));
  var labels = document.getElementById('step-labels');
  var words = labels ? labels.dataset : {};
  if (steps.length < 2 || document.getElementById('error-summary')) {
    // A refused form shows every question at once, each error next to its field.
    return;
  }

  function checked(name) {
    return form.querySelectorAll('input[name="' + name + '"]:checked').length > 0;
  }

  function showError(step, id, text, field) {
    var old = step.querySelector('.js-error');
    if (old) {
      old.remove();
    }
    if (!text) {
      return true;
    }
    var p = document.createElement('p');
    p.className = 'error js-error';
    p.id = id;
    p.setAttribute('role', 'alert');
    p.textContent = text;
    field.parentNode.insertBefore(p, field);
    return false;
  }

  // The checks a step can make before the server sees the form.
  function valid(step) {
    if (step.id === 'step-what') {
      var group = document.getElementById('q-exploitationTypes');
      return showError(step, 'js-err-what', checked('exploitationTypes') ? null : words.needType, group.querySelector('.choice'));
    }
    if (step.id === 'step-where') {
      var city = document.getElementById('city');
      var ok = city.value.trim().length > 0;
      city.setAttribute('aria-invalid', ok ? 'false' : 'true');
      return showError(step, 'js-err-where', ok ? null : words.needCity, city);
    }
    return true;
  }

  var current = 0;
  var counter = document.createElement('p');
  counter.className = 'step-count';
  counter.setAttribute('aria-live', 'polite');
  form.insertBefore(counter, steps[0]);

  function show(index, focus) {
    current = index;
    steps.forEach(function (step, i) {
      step.hidden = i !== index;
    });
    counter.textContent = (words.step || '').replace('{0}', index + 1).replace('{1}', steps.length);
    if (focus) {
      var legend = steps[index].querySelector('legend');
      legend.setAttribute('tabindex', '-1');
      legend.focus();
    }
  }

  steps.forEach(function (step, i) {
    var nav = document.createElement('div');
    nav.className = 'step-nav';
    if (i > 0) {
      var back = document.createElement('button');
      back.type = 'button';
      back.className = 'secondary';
      back.textContent = words.back;
      back.addEventListener('click', function () { show(i - 1, true); });
      nav.appendChild(back);
    }
    if (i < steps.length - 1) {
      var next = document.createElement('button');
      next.type = 'button';
      next.textContent = words.next;
      next.addEventListener('click', function () {
        if (valid(step)) {
          show(i + 1, true);
        }
      });
      nav.appendChild(next);
    }
    step.appendChild(nav);
  });

  form.addEventListener('submit', function (event) {
    for (var i = 0; i < steps.length; i++) {
      if (!valid(steps[i])) {
        event.preventDefault();
        show(i, true);
        return;
      }
    }
    // Sending again after a lost answer is safe: the form's idempotency key returns the
    // first receipt.
  });

  form.classList.add('js-steps');
  show(0, false);
})();
