/* The annex table (src/components/ActionTable.astro): rows that open their action, and the filter.
   A classic script of its own file: it runs from file:// (where module scripts are refused)
   and under a strict Content-Security-Policy (no inline code). */
(function () {
  'use strict';
  // A row is one action: a click anywhere on it (not on a link, the status or selected text) opens the action.
  var table = document.querySelector('.actions-table');
  if (table) {
    table.classList.add('rows-open');
    table.addEventListener('click', function (e) {
      if (e.target.closest('a, summary, details, button') || String(window.getSelection ? window.getSelection() : '')) return;
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
  // Number, title and status: the text filter searches description and status.
  var texts = rows.map(function (r) {
    return words(Array.prototype.slice.call(r.cells, 0, 3).map(function (c) { return c.textContent || ''; }).join(' '));
  });
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
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = (!theme || row.dataset.theme === theme) && (!section || row.dataset.section === section) &&
        terms.every(function (term) { return texts[i].indexOf(term) >= 0; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = (count.dataset.template || '').replace('{shown}', String(shown)).replace('{total}', String(total));
    if (location.protocol !== 'file:') remember(data);
  }
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
