// Senim police console: enhancement only. The list and acknowledging work with reloads alone.
// Live updates come from /police/stream, which the gateway relays with the liaison's token
// (the browser never holds one). EventSource reconnects by itself and sends the last event
// id, so the gateway resumes the stream; an event already seen is dropped.
(function () {
  'use strict';

  var list = document.getElementById('escalations');
  var status = document.getElementById('live');
  if (!window.EventSource || !list || list.getAttribute('data-live') !== 'true') {
    return;
  }
  var seen = new Set();
  var lang = document.documentElement.lang || 'ru';

  function say(key) {
    if (status && status.dataset[key]) {
      status.textContent = status.dataset[key];
    }
  }

  function rowOf(id) {
    return list.querySelector('li[data-escalation-id="' + CSS.escape(id) + '"]');
  }

  function fetchRow(id, fresh) {
    var url = '/police/escalations/' + encodeURIComponent(id) + '/row?fresh=' + fresh + '&lang=' + lang;
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (response) {
      if (response.status === 401) {
        say('ended');
        source.close();
        return null;
      }
      if (!response.ok) {
        return null;
      }
      return response.text().then(function (html) {
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        return template.content.firstElementChild;
      });
    });
  }

  function raised(data) {
    if (rowOf(data.escalationId)) {
      return;
    }
    fetchRow(data.escalationId, true).then(function (row) {
      if (!row || rowOf(data.escalationId)) {
        return;
      }
      list.insertBefore(row, list.firstElementChild);
      var empty = document.getElementById('empty');
      if (empty) {
        empty.hidden = true;
      }
      say('arrived');
    });
  }

  // Taken up elsewhere (a colleague, another tab): the row shows it, without its button.
  function acknowledged(data) {
    var row = rowOf(data.escalationId);
    if (!row) {
      return;
    }
    fetchRow(data.escalationId, row.classList.contains('fresh')).then(function (next) {
      if (next && row.parentNode) {
        row.parentNode.replaceChild(next, row);
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

  var source = new EventSource('/police/stream');
  source.addEventListener('open', function () {
    say('connected');
  });
  source.addEventListener('error', function () {
    say(source.readyState === EventSource.CLOSED ? 'ended' : 'lost');
  });
  source.addEventListener('escalation.raised', handle(raised));
  source.addEventListener('escalation.acknowledged', handle(acknowledged));
  window.addEventListener('pagehide', function () {
    source.close();
  });
}());
