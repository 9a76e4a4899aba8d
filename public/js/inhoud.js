/* «Op deze pagina» (src/components/Toc.astro) and the page bar (src/components/PageBar.astro):
   marks the section being read in the table of contents and names it in the bar; on a
   narrow screen the bar's button opens and closes the table of contents.
   A classic script of its own file: it runs from file:// (where module scripts are refused)
   and under a strict Content-Security-Policy (no inline code). */
(function () {
  'use strict';
  var root = document.documentElement;
  var toc = document.getElementById('op-deze-pagina');
  var toggle = document.querySelector('.toc-toggle');
  var names = document.querySelectorAll('.bar-current');
  var links = {};
  var targets = [];
  Array.prototype.forEach.call(document.querySelectorAll('.toc a[href^="#"]'), function (a) {
    var id = decodeURIComponent(a.hash.slice(1));
    var el = document.getElementById(id);
    if (!el) return;
    links[id] = a;
    targets.push(el);
  });

  var current;
  function mark() {
    var line = window.innerHeight * 0.25;
    var best;
    targets.forEach(function (el) { if (el.getBoundingClientRect().top <= line) best = el; });
    var link = best ? links[best.id] : undefined;
    if (link === current) return;
    if (current) current.removeAttribute('aria-current');
    if (link) link.setAttribute('aria-current', 'location');
    current = link;
    var name = link ? link.textContent : '';
    for (var i = 0; i < names.length; i++) names[i].textContent = name;
  }
  // On every scroll, at most once a frame: after a jump of any length the right section is marked.
  if (targets.length) {
    var queued = false;
    window.addEventListener('scroll', function () {
      if (queued) return;
      queued = true;
      requestAnimationFrame(function () {
        queued = false;
        mark();
      });
    }, { passive: true });
    mark();
  }

  var bar = document.querySelector('.page-bar');
  // Tabbing into the bar must not move the page: a browser may scroll a focused element of a
  // sticky bar to where the bar would stand if it did not stick. The page goes back to where
  // the reader was, in the same frame.
  if (bar) {
    var kept;
    var restore;
    document.addEventListener('keydown', function (e) {
      if (e.key !== 'Tab') return;
      kept = window.scrollY;
      setTimeout(function () { kept = undefined; }, 0);
    }, true);
    bar.addEventListener('focusin', function () {
      if (kept === undefined) return;
      restore = kept;
      if (window.scrollY !== restore) window.scrollTo(0, restore);
      requestAnimationFrame(function () { restore = undefined; });
    });
    window.addEventListener('scroll', function () {
      if (restore !== undefined && window.scrollY !== restore) window.scrollTo(0, restore);
    }, { passive: true });
  }

  // The table of contents as a panel under the bar, on a narrow screen.
  if (!toc || !toggle) return;
  // The panel hangs under the bar, wherever the bar is (under the site header until it sticks).
  function place() {
    if (bar) root.style.setProperty('--toc-top', Math.max(0, bar.getBoundingClientRect().bottom) + 'px');
  }
  window.addEventListener('scroll', function () { if (root.classList.contains('toc-open')) place(); }, { passive: true });
  function setOpen(open, focus) {
    if (open) place();
    root.classList.toggle('toc-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open && focus) {
      var first = toc.querySelector('a[aria-current]') || toc.querySelector('a');
      if (first) first.focus();
    }
    if (!open && focus) toggle.focus();
  }
  toggle.addEventListener('click', function () {
    setOpen(toggle.getAttribute('aria-expanded') !== 'true', true);
  });
  toc.addEventListener('click', function (e) {
    if (e.target.closest('a')) setOpen(false, false);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && root.classList.contains('toc-open')) setOpen(false, true);
  });
  document.addEventListener('click', function (e) {
    if (root.classList.contains('toc-open') && !toc.contains(e.target) && !toggle.contains(e.target)) setOpen(false, false);
  });
})();
