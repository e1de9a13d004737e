// Senim NGO dashboard: enhancement only. The list and the case work with reloads alone.
// Live updates come from /ngo/stream, which the gateway relays with the worker's token
// (the browser never holds one). EventSource reconnects by itself and sends the last
// event id, so the gateway resumes the stream; an event already seen is dropped.
(function () {
  'use strict';

  var list = document.getElementById('referrals');
  var thread = document.getElementById('thread');
  var status = document.getElementById('live');
  var threadStatus = document.getElementById('thread-live');
  var conversation = document.querySelector('section.messages[data-referral-id]');
  if (!window.EventSource || (!list && !conversation)) {
    return;
  }
  var live = list && list.getAttribute('data-live') === 'true';
  var caseId = conversation ? conversation.getAttribute('data-referral-id') : null;
  var seen = new Set();
  var lang = document.documentElement.lang || 'ru';

  function say(element, key) {
    if (element && element.dataset[key]) {
      element.textContent = element.dataset[key];
    }
  }

  function fragment(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (response) {
      if (response.status === 401) {
        say(status, 'ended');
        source.close();
        return null;
      }
      return response.ok ? response.text() : null;
    });
  }

  function element(html) {
    var template = document.createElement('template');
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function rowOf(id) {
    return list.querySelector('li[data-referral-id="' + CSS.escape(id) + '"]');
  }

  function offered(data) {
    if (!live || rowOf(data.referralId)) {
      return;
    }
    fragment('/ngo/referrals/' + encodeURIComponent(data.referralId) + '/row?fresh=true&lang=' + lang)
      .then(function (html) {
        if (!html || rowOf(data.referralId)) {
          return;
        }
        var row = element(html);
        if (row) {
          list.insertBefore(row, list.firstElementChild);
          var empty = document.getElementById('empty');
          if (empty) {
            empty.hidden = true;
          }
          say(status, 'arrived');
        }
      });
  }

  function updated(data) {
    var row = list && rowOf(data.referralId);
    if (!row) {
      return;
    }
    var fresh = row.classList.contains('fresh');
    fragment('/ngo/referrals/' + encodeURIComponent(data.referralId) + '/row?fresh=' + fresh + '&lang=' + lang)
      .then(function (html) {
        var next = html && element(html);
        if (next && row.parentNode) {
          row.parentNode.replaceChild(next, row);
        }
      });
  }

  function messaged(data) {
    if (!thread || data.referralId !== caseId) {
      return;
    }
    fragment('/ngo/referrals/' + encodeURIComponent(caseId) + '/thread?lang=' + lang).then(function (html) {
      var next = html && element(html);
      if (next && thread.parentNode) {
        thread.parentNode.replaceChild(next, thread);
        thread = next;
        var none = document.getElementById('no-messages');
        if (none) {
          none.hidden = true;
        }
        say(threadStatus, 'arrived');
      }
    });
  }

  function handle(handler) {
    return function (event) {
      if (event.lastEventId) {
        if (seen.has(event.lastEventId)) {
          return;
        }
        seen.add(event.lastEventId);
      }
      try {
        handler(JSON.parse(event.data));
      } catch (ignored) {
        // An event the page cannot read changes nothing; a reload shows the truth.
      }
    };
  }

  var source = new EventSource('/ngo/stream');
  source.addEventListener('open', function () {
    say(status, 'connected');
  });
  source.addEventListener('error', function () {
    say(status, source.readyState === EventSource.CLOSED ? 'ended' : 'lost');
  });
  source.addEventListener('referral.offered', handle(offered));
  source.addEventListener('referral.updated', handle(updated));
  source.addEventListener('tipster.message', handle(messaged));
  window.addEventListener('pagehide', function () {
    source.close();
  });
}());
