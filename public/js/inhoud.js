/* «Op deze pagina» marks the link of the section being read (src/components/Toc.astro).
   A classic script of its own file: it runs from file:// (where module scripts are refused)
   and under a strict Content-Security-Policy (no inline code). */
(function () {
  'use strict';
  var links = {};
  var targets = [];
  Array.prototype.forEach.call(document.querySelectorAll('.toc a[href^="#"]'), function (a) {
    var id = decodeURIComponent(a.hash.slice(1));
    var el = document.getElementById(id);
    if (!el) return;
    links[id] = a;
    targets.push(el);
  });
  if (!targets.length || !('IntersectionObserver' in window)) return;
  var current;
  function mark() {
    var line = window.innerHeight * 0.25;
    var best = targets[0];
    targets.forEach(function (el) { if (el.getBoundingClientRect().top <= line) best = el; });
    var link = links[best.id];
    if (link === current) return;
    if (current) current.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
  }
  var observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
  targets.forEach(function (el) { observer.observe(el); });
  mark();
})();
