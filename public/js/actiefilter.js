/* The annex table (src/components/ActionTable.astro): rows that open their action, and the filter.
   A classic script of its own file: it runs from file:// (where module scripts are refused)
   and under a strict Content-Security-Policy (no inline code). */
(function () {
  'use strict';
  // The whole status of every action, from the data file beside the table: loaded once, when
  // a reader first opens a status or filters on a word (the page itself needs none of it).
  var waiting = [];
  function withStatuses(done) {
    if (window.STANDEN) return done(window.STANDEN);
    waiting.push(done);
    if (waiting.length > 1) return;
    var script = document.createElement('script');
    script.src = new URL('standen.js', location.href).href;
    script.onload = script.onerror = function () {
      // Without the file (it failed to load), the table's own text serves.
      window.STANDEN = window.STANDEN || {};
      var list = waiting;
      waiting = [];
      list.forEach(function (f) { f(window.STANDEN || {}); });
    };
    document.head.appendChild(script);
  }
  function toggleStatus(button) {
    var row = button.closest('tr');
    var text = row.querySelector('.status-text');
    var open = button.getAttribute('aria-expanded') !== 'true';
    withStatuses(function (all) {
      if (!text.dataset.start) text.dataset.start = text.textContent;
      text.textContent = open ? all[row.dataset.action] || text.dataset.start : text.dataset.start;
      button.setAttribute('aria-expanded', String(open));
      var label = open ? button.dataset.less : button.dataset.more;
      button.setAttribute('aria-label', (button.getAttribute('aria-label') || '').replace(/^[^:]*/, label));
      button.textContent = label;
    });
  }

  // A row is one action: a click anywhere on it (not on a link, a button or selected text) opens the action.
  var table = document.querySelector('.actions-table');
  if (table) {
    table.classList.add('rows-open');
    table.addEventListener('click', function (e) {
      var toggle = e.target.closest('.status-toggle');
      if (toggle) return toggleStatus(toggle);
      if (e.target.closest('a, button') || String(window.getSelection ? window.getSelection() : '')) return;
      var row = e.target.closest('tbody tr');
      var link = row && row.querySelector('.row-link');
      if (link) link.click();
    });
  }
  var form = document.querySelector('#action-filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('.actions-table tbody tr'));
  var count = form && form.querySelector('.filter-count');
  if (!form || !count) return;
  form.hidden = false;
  var total = Number(count.dataset.total);
  function words(s) {
    return s.toLocaleLowerCase('nl').normalize('NFD').replace(/\p{M}/gu, '');
  }
  // Number, title, description and the whole status: the text filter searches description and status.
  // Read once, when a text is first asked for.
  var texts;
  function textOf(i) {
    texts = texts || rows.map(function (r) {
      var status = (window.STANDEN && window.STANDEN[r.dataset.action]) || r.cells[2].textContent || '';
      var description = (window.OMSCHRIJVINGEN && window.OMSCHRIJVINGEN[r.dataset.action]) || '';
      return words(r.cells[0].textContent + ' ' + r.cells[1].textContent + ' ' + description + ' ' + status);
    });
    return texts[i];
  }
  // The filter lives in the address, so a filtered table can be bookmarked and shared.
  var PARAMS = { theme: 'thema', section: 'onderdeel', text: 'tekst' };
  var query = new URLSearchParams(location.search);
  Object.keys(PARAMS).forEach(function (name) {
    var value = query.get(PARAMS[name]);
    if (value !== null && form.elements[name]) form.elements[name].value = value;
  });
  function remember(data) {
    var params = new URLSearchParams(location.search);
    Object.keys(PARAMS).forEach(function (name) {
      var value = String(data.get(name) || '');
      if (value) params.set(PARAMS[name], value);
      else params.delete(PARAMS[name]);
    });
    var search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
  }
  function apply() {
    var data = new FormData(form);
    var theme = String(data.get('theme') || '');
    var section = String(data.get('section') || '');
    var terms = words(String(data.get('text') || '')).split(/\s+/).filter(Boolean);
    if (terms.length && !window.STANDEN) {
      count.textContent = count.dataset.loading || '';
      return withStatuses(apply);
    }
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = (!theme || row.dataset.theme === theme) && (!section || row.dataset.section === section) &&
        terms.every(function (term) { return textOf(i).indexOf(term) >= 0; });
      if (row.hidden === ok) row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = (count.dataset.template || '').replace('{shown}', String(shown)).replace('{total}', String(total));
    if (location.protocol !== 'file:') remember(data);
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  // A filter from the address applies at once; without one every row stays as it is.
  if (Object.keys(PARAMS).some(function (name) { return query.get(PARAMS[name]); })) apply();
  else count.textContent = (count.dataset.template || '').replace('{shown}', String(total)).replace('{total}', String(total));
})();
