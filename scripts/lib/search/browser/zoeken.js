/*
 * De zoekpagina. Zoekt met Pagefind: over http met /pagefind/pagefind.js, vanaf schijf
 * (file://) met dezelfde Pagefind en dezelfde index als klassiek script
 * (zoeken/pagefind-offline.js). Zelfde motor, zelfde instellingen: zelfde resultaten.
 *
 * Nodig op de pagina: <div id="zoeken" data-teksten="{…}"></div> en dit script (klassiek, defer).
 * Houdt de zoekvraag in het adres (?q=) en in het zoekveld van de kop bij; «Bedoelde u …?»
 * uit zoeken/woorden/{letter}.js (alleen de beginletters van de gezochte woorden).
 * Pagefind draait in beide gevallen zonder web worker: één weg, en minder te laden.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var here = script && script.src ? script.src : location.href;
  var siteRoot = new URL('../', here); // dit script staat in /zoeken/
  var offline = location.protocol === 'file:';
  var PAGE = 5; // zoals Pagefinds eigen interface: vijf tegelijk, de rest met «Meer resultaten»

  /* Rangschikking, afgestemd op de zoekvragen van tests/site/search-queries.test.ts. */
  var RANKING = {
    // woorden dicht bij de gezochte vorm wegen zwaarder dan lange woorden die ermee beginnen
    termSimilarity: 1.0,
    // korte pagina's (een actie) niet te veel boven lange (een brief) door lengte alleen
    pageLength: 0.9,
    termSaturation: 1.4,
    termFrequency: 1.0,
    // «financien» vindt «financiën», de juiste schrijfwijze telt iets zwaarder
    diacriticSimilarity: 0.6,
    // een pagina over het onderwerp (titel) boven een die het terloops noemt;
    // toegevoegde zoektermen (samenstellingen, afkortingen, [sic]) tellen als tekst
    metaWeights: { title: 6.0, samenvatting: 2.0, zoektermen: 3.0 }
  };

  var root = document.getElementById('zoeken');
  if (!root) return;
  var T = {};
  try { T = JSON.parse(root.getAttribute('data-teksten') || '{}'); } catch (e) { T = {}; }
  function t(key, vars) {
    var s = T[key] || key;
    for (var k in vars || {}) s = s.split('{' + k + '}').join(vars[k]);
    return s;
  }

  function el(tag, props, children) {
    var e = document.createElement(tag);
    for (var k in props || {}) if (props[k] !== undefined && props[k] !== null) e.setAttribute(k, props[k]);
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  /* ---------- motor ---------- */
  var engine = null;
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('kon ' + src + ' niet laden')); };
      document.head.appendChild(s);
    });
  }
  function startEngine() {
    if (engine) return engine;
    var made;
    if (offline) {
      made = loadScript(new URL('pagefind-offline.js', here).href).then(function () {
        var base = window.PagefindOffline.serve();
        return window.PagefindOffline.createInstance({ basePath: base, baseUrl: '/', noWorker: true });
      });
    } else {
      made = import(new URL('pagefind/pagefind.js', siteRoot).href).then(function (pf) {
        return pf.createInstance({ basePath: new URL('pagefind/', siteRoot).pathname, baseUrl: '/', noWorker: true });
      });
    }
    engine = made.then(function (pf) {
      return pf.options({ ranking: RANKING, excerptLength: 24 }).then(function () { return pf; });
    });
    return engine;
  }

  /* ---------- woordenlijst en «Bedoelde u …?» ---------- */
  /* De woorden van de site per beginletter (zoeken/woorden/{letter}.js), alleen de letters die nodig zijn. */
  var vocab = {};
  function bucketOf(w) { var c = fold(w).charAt(0); return /[a-z]/.test(c) ? c : '0'; }
  function loadBucket(letter) {
    if (vocab[letter]) return vocab[letter];
    var have = window.ZOEKWOORDEN && window.ZOEKWOORDEN[letter];
    vocab[letter] = (have ? Promise.resolve() : loadScript(new URL('woorden/' + letter + '.js', here).href)).then(function () {
      var words = [], freq = {}, set = {};
      String((window.ZOEKWOORDEN || {})[letter] || '').split(' ').forEach(function (pair) {
        var i = pair.lastIndexOf(':');
        if (i <= 0) return;
        var w = pair.slice(0, i);
        words.push(w);
        freq[w] = +pair.slice(i + 1);
        set[fold(w)] = true;
      });
      return { words: words, freq: freq, set: set };
    }, function () { return { words: [], freq: {}, set: {} }; });
    return vocab[letter];
  }
  /* De woordenlijsten voor de woorden van een zoekvraag, als één lijst. */
  function loadVocab(q) {
    var letters = {};
    wordsOf(q).forEach(function (w) { if (fold(w).length >= 4) letters[bucketOf(w)] = true; });
    return Promise.all(Object.keys(letters).map(loadBucket)).then(function (parts) {
      var v = { words: [], freq: {}, set: {} };
      parts.forEach(function (p) {
        v.words = v.words.concat(p.words);
        for (var k in p.freq) v.freq[k] = p.freq[k];
        for (var k2 in p.set) v.set[k2] = true;
      });
      return v;
    });
  }
  function fold(s) { return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''); }
  function wordsOf(q) { return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []); }
  /* Damerau-Levenshtein (optimal string alignment), met een bovengrens. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }
  function known(w, v) {
    var f = fold(w);
    if (v.set[f]) return true;
    if (f.length < 4) return true; // te kort om te verbeteren
    for (var i = 0; i < v.words.length; i++) if (fold(v.words[i]).indexOf(f) === 0) return true; // begin van een woord
    return false;
  }
  function nearest(w, v) {
    var f = fold(w), max = f.length <= 5 ? 1 : 2, best = null, bestD = max + 1, bestF = 0;
    for (var i = 0; i < v.words.length; i++) {
      var cand = v.words[i];
      var d = distance(f, fold(cand), max);
      if (d < bestD || (d === bestD && v.freq[cand] > bestF)) { best = cand; bestD = d; bestF = v.freq[cand]; }
    }
    return bestD <= max ? best : null;
  }
  /*
   * Woorden die de lezer los typt en de site aan elkaar schrijft: «team service» → «serviceteam».
   * Twee naburige woorden, in beide volgordes, met of zonder tussen-s, als de site dat woord kent.
   */
  function joinedFor(q, v) {
    var ws = wordsOf(q);
    for (var i = 0; i + 1 < ws.length; i++) {
      var pairs = [[ws[i], ws[i + 1]], [ws[i + 1], ws[i]]];
      for (var k = 0; k < pairs.length; k++) {
        var cands = [pairs[k][0] + pairs[k][1], pairs[k][0] + 's' + pairs[k][1]];
        for (var c = 0; c < cands.length; c++) {
          if (v.set[fold(cands[c])]) {
            var rest = ws.slice(0, i).concat([cands[c]], ws.slice(i + 2));
            return rest.join(' ');
          }
        }
      }
    }
    return null;
  }
  /* De zoekvraag met onbekende woorden vervangen door het dichtstbijzijnde woord van de site, of null. */
  function suggestionFor(q, v) {
    var changed = false;
    var out = q.replace(/[\p{L}\p{N}]+/gu, function (w) {
      if (known(w, v)) return w;
      var n = nearest(w, v);
      if (!n) return w;
      if (w.charAt(0) !== w.charAt(0).toLowerCase()) n = n.charAt(0).toUpperCase() + n.slice(1);
      changed = true;
      return n;
    });
    return changed ? out : null;
  }

  /* ---------- weergave ---------- */
  var FILTER_LABELS = { soort: t('filterKind'), thema: t('filterTheme'), document: t('filterDocument') };
  var ui = {};
  /* De pagina heeft formulier, status en lijst al in de HTML (geen verschuiving bij het laden); dit script maakt ze levend. */
  function build() {
    var input = document.getElementById('zoeken-invoer');
    var form = input.form;
    var filters = root.querySelector('.zoeken-filters');
    var status = document.getElementById('zoeken-status');
    var hint = document.getElementById('zoeken-suggestie');
    var list = document.getElementById('zoeken-resultaten');
    var more = root.querySelector('.zoeken-meer');
    ui = { input: input, form: form, filters: filters, status: status, hint: hint, list: list, more: more, selects: {} };
    form.addEventListener('submit', function (e) { e.preventDefault(); run(input.value, { focus: true }); });
    var timer;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { run(input.value, {}); }, 250); });
    more.addEventListener('click', function () { showMore(); });
  }
  var filtersBuilt = false;
  /* De filters verschijnen na de eerste zoekvraag (niets verschuift voordat de lezer iets doet). */
  function buildFilters(pf) {
    if (filtersBuilt) return Promise.resolve();
    filtersBuilt = true;
    return pf.filters().then(function (all) {
      Object.keys(all || {}).sort().forEach(function (key) {
        var values = Object.keys(all[key] || {}).sort(function (a, b) { return a.localeCompare(b, 'nl'); });
        if (!values.length) return;
        var id = 'zoeken-filter-' + key;
        var sel = el('select', { id: id }, [el('option', { value: '' }, [t('filterAll')])].concat(values.map(function (v) { return el('option', { value: v }, [v]); })));
        sel.addEventListener('change', function () { run(ui.input.value, {}); });
        ui.selects[key] = sel;
        ui.filters.appendChild(el('p', { class: 'zoeken-filter' }, [el('label', { for: id }, [FILTER_LABELS[key] || key]), ' ', sel]));
      });
      ui.filters.hidden = !Object.keys(ui.selects).length;
    }, function () {});
  }
  function chosenFilters() {
    var f = {};
    for (var k in ui.selects) if (ui.selects[k].value) f[k] = ui.selects[k].value;
    return f;
  }
  function href(url) {
    var hash = '', i = url.indexOf('#');
    if (i >= 0) { hash = url.slice(i); url = url.slice(0, i); }
    var path = url.replace(/^\//, '');
    if (offline && (path === '' || /\/$/.test(path))) path += 'index.html';
    return new URL(path, siteRoot).href + hash;
  }
  /* Pagefind geeft een uittreksel als tekst met <mark>; alleen tekst en <mark> komen op de pagina. */
  function excerpt(html) {
    var tpl = document.createElement('template');
    tpl.innerHTML = html;
    var frag = document.createDocumentFragment();
    tpl.content.childNodes.forEach(function (n) {
      if (n.nodeType === 3) frag.appendChild(document.createTextNode(n.textContent));
      else if (n.nodeName === 'MARK') frag.appendChild(el('mark', null, [n.textContent]));
      else frag.appendChild(document.createTextNode(n.textContent || ''));
    });
    return frag;
  }
  function kindOf(d) {
    var k = (d.filters && d.filters.soort) || [];
    return k.filter(function (x) { return x !== 'voetnoot'; })[0] || k[0] || '';
  }
  /* Pagefind begint het uittreksel van een plek met haar kopje («Omschrijving. …»); dat staat er al boven. */
  function withoutTitle(html, title) {
    var t0 = String(title || '').trim();
    if (!t0) return html;
    var plainStart = html.replace(/<\/?mark>/g, '');
    if (plainStart.indexOf(t0 + '.') === 0 || plainStart.indexOf(t0 + ' ') === 0) {
      var skip = t0.length + 1, out = '', i = 0, seen = 0;
      while (i < html.length && seen < skip) {
        if (html.startsWith('<mark>', i)) { i += 6; continue; }
        if (html.startsWith('</mark>', i)) { i += 7; continue; }
        i++; seen++;
      }
      out = html.slice(i).replace(/^\s+/, '').replace(/^<\/mark>/, '');
      return out;
    }
    return html;
  }
  function renderResult(d) {
    var li = el('li', { class: 'zoeken-resultaat' });
    var title = (d.meta && d.meta.title) || d.url;
    // «Actie 25» zegt niets; de samenvatting «Actie 25: Uitvoeringstoets op Regeerakkoord» wel.
    var sum = (d.meta && d.meta.samenvatting) || '';
    if (sum.indexOf(title + ':') === 0) title = sum.length > 140 ? sum.slice(0, sum.lastIndexOf(' ', 138)) + ' …' : sum;
    var kind = kindOf(d);
    li.appendChild(el('p', { class: 'zoeken-titel' }, [el('a', { href: href(d.url) }, [title]), kind ? ' ' : null, kind ? el('span', { class: 'zoeken-soort' }, ['(' + kind + ')']) : null]));
    var subs = (d.sub_results || []).filter(function (s) { return s.url && s.url !== d.url && s.url.indexOf('#') > 0; }).slice(0, 3);
    if (!subs.length || (d.sub_results || []).some(function (s) { return s.url === d.url; })) {
      li.appendChild(el('p', { class: 'zoeken-fragment' }, [excerpt(withoutTitle(d.excerpt || '', d.meta && d.meta.title))]));
    }
    if (subs.length) {
      li.appendChild(el('ul', { class: 'zoeken-plekken' }, subs.map(function (s) {
        return el('li', null, [el('a', { href: href(s.url) }, [s.title]), el('br'), el('span', { class: 'zoeken-fragment' }, [excerpt(withoutTitle(s.excerpt || '', s.title))])]);
      })));
    }
    return li;
  }

  /* ---------- zoeken ---------- */
  var current = { id: 0, results: [], shown: 0 };
  function setUrl(q) {
    try {
      var u = new URL(location.href);
      if (q) u.searchParams.set('q', q); else u.searchParams.delete('q');
      history.replaceState(null, '', u.href);
    } catch (e) { /* sommige browsers weigeren dit voor file:// */ }
    var header = document.querySelector('[data-search-shortcut]');
    if (header && header !== ui.input) header.value = q;
  }
  function showMore() {
    var slice = current.results.slice(current.shown, current.shown + PAGE);
    var id = current.id;
    return Promise.all(slice.map(function (r) { return r.data(); })).then(function (data) {
      if (id !== current.id) return;
      data.forEach(function (d) { ui.list.appendChild(renderResult(d)); });
      current.shown += slice.length;
      ui.more.hidden = current.shown >= current.results.length;
    });
  }
  function searchLink(q, label) {
    var a = el('a', { href: '?q=' + encodeURIComponent(q) }, [label || q]);
    a.addEventListener('click', function (e) { e.preventDefault(); ui.input.value = q; run(q, { exact: true, focus: true }); });
    return a;
  }
  function run(q, opts) {
    opts = opts || {};
    var id = ++current.id;
    q = q.trim();
    setUrl(q);
    // Voor wie de pagina bestuurt (tests): welke vraag, en of haar resultaten er staan.
    root.setAttribute('data-query', q);
    root.setAttribute('data-state', 'bezig');
    var done = function () { if (id === current.id) root.setAttribute('data-state', 'klaar'); };
    ui.hint.hidden = true;
    ui.hint.textContent = '';
    if (!q) { ui.list.textContent = ''; ui.status.textContent = ''; ui.more.hidden = true; done(); return Promise.resolve(); }
    ui.status.textContent = t('searching', { q: q });
    return startEngine().then(function (pf) {
      buildFilters(pf);
      var filters = chosenFilters();
      return pf.search(q, { filters: filters }).then(function (r) {
        if (id !== current.id) return;
        var results = r.results;
        var shownQuery = q, note = null;
        var next = Promise.resolve();
        if (!opts.exact) {
          next = loadVocab(q).then(function (v) {
            var s = suggestionFor(q, v) || (results.length === 0 ? joinedFor(q, v) : null);
            if (!s || s.toLowerCase() === q.toLowerCase()) return;
            return pf.search(s, { filters: filters }).then(function (r2) {
              if (id !== current.id) return;
              if (r2.results.length > 0) {
                note = { instead: s, original: q, had: results.length };
                results = r2.results;
                shownQuery = s;
              } else if (r2.results.length) {
                note = { suggest: s };
              }
            });
          });
        }
        return next.then(function () {
          if (id !== current.id) return;
          current.results = results;
          current.shown = 0;
          ui.list.textContent = '';
          var n = results.length;
          ui.status.textContent = n === 0 ? t('none', { q: shownQuery }) : t(n === 1 ? 'one' : 'many', { n: String(n), q: shownQuery });
          if (note && note.instead) {
            ui.hint.appendChild(document.createTextNode(t(note.had ? 'insteadFew' : 'instead', { q: note.original, s: note.instead }) + ' '));
            ui.hint.appendChild(searchLink(note.original, t('searchOriginal', { q: note.original })));
            ui.hint.hidden = false;
          } else if (note && note.suggest) {
            ui.hint.appendChild(document.createTextNode(t('didYouMean') + ' '));
            ui.hint.appendChild(searchLink(note.suggest));
            ui.hint.appendChild(document.createTextNode('?'));
            ui.hint.hidden = false;
          }
          return showMore().then(function () {
            if (opts.focus && id === current.id) ui.status.focus();
            done();
          });
        });
      });
    }).catch(function (err) {
      if (id !== current.id) return;
      ui.status.textContent = t('unavailable');
      ui.list.textContent = '';
      ui.list.appendChild(el('li', null, [el('a', { href: href('/') }, [t('linkHome')])]));
      ui.list.appendChild(el('li', null, [el('a', { href: href('/acties/') }, [t('linkActions')])]));
      done();
      if (window.console) console.warn('zoeken:', err);
    });
  }

  build();
  var q0 = '';
  try { q0 = new URL(location.href).searchParams.get('q') || ''; } catch (e) { /* */ }
  if (q0) {
    ui.input.value = q0;
    run(q0, { focus: true });
  } else {
    // The engine loads when the reader turns to the search form, not with the page.
    root.addEventListener('focusin', function () { startEngine().catch(function () {}); }, { once: true });
  }
  window.zoeken = { run: function (q) { ui.input.value = q; return run(q, {}); } };
})();
