/*
 * Zoeken zonder server. Pagefind haalt zijn index op met fetch(), en dat weigeren
 * browsers voor bestanden op schijf (file://). Dit script zoekt dan in
 * zoekindex.js (window.ZOEKINDEX, naast dit bestand) en toont de resultaten in
 * #zoeken-offline. Het neemt het over als de pagina via file:// is geopend of als
 * Pagefind niet laadt; anders doet het niets.
 *
 * De pagina heeft nodig:
 *   <div id="zoeken-offline" data-verberg="search search-fallback" hidden></div>
 *     data-verberg: ids (spatie-gescheiden) van wat verborgen wordt als dit script het
 *     overneemt, zoals de Pagefind-zoekbalk; zonder dit attribuut: #zoeken-pagefind.
 *   <script src="/zoeken/zoeken-offline.js" defer></script>
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script && script.src ? script.src : location.href;
  var siteRoot = new URL('../', base); // dit script staat in /zoeken/
  var MAX = 30;
  var state = { active: false, index: null, prepared: null, failed: false };

  function norm(s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'");
  }
  function terms(q) {
    var seen = {};
    return norm(q).split(/[^a-z0-9]+/).filter(function (t) {
      if (t.length < 2 || seen[t]) return false;
      seen[t] = true;
      return true;
    });
  }
  function el(tag, props, children) {
    var e = document.createElement(tag);
    if (props) for (var k in props) if (props[k] !== undefined) e.setAttribute(k, props[k]);
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  /* ---------- index ---------- */
  function prepare(index) {
    var pages = index.paginas.map(function (p) {
      return { p: p, title: norm(p.titel), summary: norm(p.tekst || ''), items: [], size: 0 };
    });
    index.items.forEach(function (it) {
      var page = pages[it[0]];
      if (!page) return;
      page.items.push({ anchor: it[1], kind: it[2], text: it[3], n: norm(it[3]) });
      page.size += it[3].length;
    });
    return pages;
  }
  var KIND_RANK = { actie: 0, 'actie Regels en ruimte': 1, aanbeveling: 1, thema: 2, document: 3, bijlage: 3, pagina: 4 };

  function search(query) {
    var pages = state.prepared;
    var ts = terms(query);
    if (!ts.length) return { results: [], partial: false, terms: ts };
    var phrase = norm(query).replace(/\s+/g, ' ').trim();
    var N = pages.length;
    var idf = ts.map(function (t) {
      var df = 0;
      pages.forEach(function (pg) {
        if (pg.title.indexOf(t) >= 0 || pg.summary.indexOf(t) >= 0 || pg.items.some(function (i) { return i.n.indexOf(t) >= 0; })) df++;
      });
      return Math.log(1 + N / (1 + df));
    });
    function run(requireAll) {
      var out = [];
      pages.forEach(function (pg) {
        var score = 0, found = 0, best = null, bestScore = -1;
        pg.items.forEach(function (it) {
          var s = 0;
          ts.forEach(function (t, k) { if (it.n.indexOf(t) >= 0) s += idf[k] * (it.kind === 'kop' ? 3 : 1); });
          if (ts.length > 1 && it.n.indexOf(phrase) >= 0) s += 15;
          if (s > bestScore && s > 0) { bestScore = s; best = it; }
        });
        ts.forEach(function (t, k) {
          var inTitle = pg.title.indexOf(t) >= 0, inSummary = pg.summary.indexOf(t) >= 0;
          var inItems = pg.items.some(function (i) { return i.n.indexOf(t) >= 0; });
          if (inTitle || inSummary || inItems) found++;
          score += idf[k] * ((inTitle ? 10 : 0) + (inSummary ? 5 : 0));
        });
        if (found === 0 || (requireAll && found < ts.length)) return;
        if (ts.length > 1 && pg.title.indexOf(phrase) >= 0) score += 30;
        if (ts.length > 1 && pg.summary.indexOf(phrase) >= 0) score += 20;
        score += Math.max(bestScore, 0);
        out.push({ page: pg, score: score, best: best });
      });
      out.sort(function (a, b) {
        return b.score - a.score ||
          (KIND_RANK[a.page.p.soort] || 4) - (KIND_RANK[b.page.p.soort] || 4) ||
          a.page.size - b.page.size;
      });
      return out;
    }
    var all = run(true);
    if (all.length) return { results: all, partial: false, terms: ts };
    return { results: run(false), partial: true, terms: ts };
  }

  /* ---------- weergave ---------- */
  function snippet(text, ts) {
    var n = norm(text);
    var at = -1;
    ts.forEach(function (t) { var i = n.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = Math.max(0, at - 80), end = Math.min(text.length, start + 240);
    // Start and end at word boundaries.
    if (start > 0) { var sp = text.indexOf(' ', start); if (sp >= 0 && sp < at) start = sp + 1; }
    if (end < text.length) { var ep = text.lastIndexOf(' ', end); if (ep > Math.max(at, start)) end = ep; }
    // norm() keeps the length of the text for Dutch letters, so offsets line up.
    var part = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
    return highlight(part, ts);
  }
  function highlight(text, ts) {
    var frag = document.createDocumentFragment();
    var n = norm(text), i = 0;
    while (i < text.length) {
      var next = -1, len = 0;
      ts.forEach(function (t) { var j = n.indexOf(t, i); if (j >= 0 && (next < 0 || j < next)) { next = j; len = t.length; } });
      if (next < 0) { frag.appendChild(document.createTextNode(text.slice(i))); break; }
      if (next > i) frag.appendChild(document.createTextNode(text.slice(i, next)));
      frag.appendChild(el('mark', null, [text.slice(next, next + len)]));
      i = next + len;
    }
    return frag;
  }
  function href(url, anchor) {
    var u = new URL(url, siteRoot);
    if (location.protocol === 'file:') u = new URL(url.replace(/(^|\/)$/, '$1index.html'), siteRoot);
    return u.href + (anchor ? '#' + anchor : '');
  }

  var ui = {};
  function build(container) {
    container.textContent = '';
    var form = el('form', { role: 'search', class: 'zoeken-offline-form' });
    var input = el('input', { type: 'search', id: 'zoeken-offline-invoer', name: 'q', autocomplete: 'off' });
    form.appendChild(el('label', { for: 'zoeken-offline-invoer' }, ['Zoek in de brieven en acties']));
    form.appendChild(input);
    form.appendChild(el('button', { type: 'submit' }, ['Zoek']));
    var status = el('p', { id: 'zoeken-offline-status', role: 'status', 'aria-live': 'polite' });
    var list = el('ol', { id: 'zoeken-offline-resultaten' });
    container.appendChild(form);
    container.appendChild(el('p', { class: 'zoeken-offline-uitleg' }, ['U zoekt in de kopie van de site op uw eigen computer.']));
    container.appendChild(status);
    container.appendChild(list);
    form.addEventListener('submit', function (e) { e.preventDefault(); go(input.value, true); });
    var timer;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { go(input.value, false); }, 200); });
    ui = { container: container, input: input, status: status, list: list };
  }
  function unavailable(message) {
    state.failed = true;
    if (!ui.status) return;
    ui.status.textContent = message;
    ui.list.textContent = '';
    ui.list.appendChild(el('li', null, [el('a', { href: href('acties/', '') }, ['Alle 86 acties'])]));
    ui.list.appendChild(el('li', null, [el('a', { href: href('', '') }, ['Naar de startpagina met de documenten'])]));
  }
  function go(q, updateUrl) {
    if (updateUrl) {
      try { var u = new URL(location.href); u.searchParams.set('q', q); history.replaceState(null, '', u.href); } catch (e) { /* file:// in some browsers */ }
    }
    if (state.failed) return;
    if (!state.prepared) { ui.status.textContent = 'De zoekindex wordt geladen…'; state.pending = q; return; }
    ui.list.textContent = '';
    if (!q.trim()) { ui.status.textContent = ''; return; }
    var r = search(q);
    if (!r.terms.length) { ui.status.textContent = 'Typ minstens twee letters.'; return; }
    if (!r.results.length) { ui.status.textContent = 'Geen resultaten voor «' + q + '».'; return; }
    var shown = r.results.slice(0, MAX);
    ui.status.textContent = (r.partial ? 'Geen pagina bevat alle woorden. ' : '') +
      r.results.length + (r.results.length === 1 ? ' resultaat' : ' resultaten') + ' voor «' + q + '»' +
      (r.results.length > MAX ? ' (de eerste ' + MAX + ' staan hieronder)' : '') + '.';
    shown.forEach(function (res) {
      var p = res.page.p;
      var li = el('li', { class: 'zoeken-offline-resultaat' });
      var h = el('p', { class: 'zoeken-offline-titel' });
      h.appendChild(el('a', { href: href(p.url, '') }, [p.titel]));
      h.appendChild(document.createTextNode(' '));
      h.appendChild(el('span', { class: 'zoeken-offline-soort' }, ['(' + p.soort + ')']));
      li.appendChild(h);
      var it = res.best;
      if (it) {
        var s = el('p', { class: 'zoeken-offline-fragment' });
        s.appendChild(snippet(it.text, r.terms));
        li.appendChild(s);
        if (it.anchor) {
          li.appendChild(el('p', null, [el('a', { href: href(p.url, it.anchor), class: 'zoeken-offline-plek' }, ['Naar deze plek (' + it.kind + ')'])]));
        }
      } else if (p.tekst) {
        li.appendChild(el('p', { class: 'zoeken-offline-fragment' }, [highlight(p.tekst, r.terms)]));
      }
      ui.list.appendChild(li);
    });
  }
  function loadIndex(done) {
    if (window.ZOEKINDEX) return done(true);
    var s = document.createElement('script');
    s.src = new URL('zoekindex.js', base).href;
    s.onload = function () { done(!!window.ZOEKINDEX); };
    s.onerror = function () { done(false); };
    document.head.appendChild(s);
  }

  function activate() {
    if (state.active) return;
    var container = document.getElementById('zoeken-offline');
    if (!container) { console.error('zoeken-offline: element #zoeken-offline ontbreekt op de pagina'); return; }
    state.active = true;
    (container.getAttribute('data-verberg') || 'zoeken-pagefind').split(/\s+/).forEach(function (id) {
      var other = id && document.getElementById(id);
      if (other) other.hidden = true;
    });
    container.hidden = false;
    build(container);
    var q = '';
    try { q = new URL(location.href).searchParams.get('q') || ''; } catch (e) { /* ignore */ }
    ui.input.value = q;
    ui.status.textContent = 'De zoekindex wordt geladen…';
    loadIndex(function (ok) {
      if (!ok || !window.ZOEKINDEX || !window.ZOEKINDEX.paginas) {
        unavailable('Zoeken is hier niet beschikbaar: de zoekindex kon niet worden geladen. U kunt de pagina’s wel lezen via de links hieronder.');
        return;
      }
      try {
        state.index = window.ZOEKINDEX;
        state.prepared = prepare(state.index);
      } catch (e) {
        unavailable('Zoeken is hier niet beschikbaar: de zoekindex is beschadigd. U kunt de pagina’s wel lezen via de links hieronder.');
        return;
      }
      ui.status.textContent = 'Klaar om te zoeken in ' + state.index.paginas.length + ' pagina’s.';
      var pending = state.pending !== undefined ? state.pending : q;
      if (pending) go(pending, false);
    });
  }

  window.zoekenOffline = { activate: activate, search: function (q) { return state.prepared ? search(q) : null; } };

  function start() {
    if (location.protocol === 'file:') return activate();
    // Over http(s): Pagefind first; if its script cannot be loaded, search from the script index.
    try {
      import(new URL('pagefind/pagefind.js', siteRoot).href).then(
        function (pf) { if (!pf || typeof pf.search !== 'function') activate(); },
        function () { activate(); }
      );
    } catch (e) {
      activate();
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
