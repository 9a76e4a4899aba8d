/* Registreert de service worker (sw.js in de hoofdmap van de site). Die bewaart de pagina's
   die u leest, zodat u ze ook zonder netwerk terug kunt lezen; de hele site alleen als u
   daarvoor kiest. Niet op file://: daar bestaan geen service workers. */
(function () {
  'use strict';
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  var script = document.currentScript;
  var sw = new URL('sw.js', script && script.src ? script.src : location.href);
  // Whether a worker served this page; the worker may take control later (clients.claim).
  var controlledAtLoad = !!navigator.serviceWorker.controller;
  function keepThisPage(registration) {
    // This page was loaded before the worker controlled it: ask it to keep the page and its files.
    if (controlledAtLoad || !registration.active) return;
    var urls = [location.href.split('#')[0]];
    var entries = performance.getEntriesByType('resource');
    for (var i = 0; i < entries.length; i++) {
      var type = entries[i].initiatorType;
      if (type === 'link' || type === 'script' || type === 'css') urls.push(entries[i].name);
    }
    registration.active.postMessage({ type: 'keep', urls: urls });
  }
  function register() {
    navigator.serviceWorker
      .register(sw.href)
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(keepThisPage)
      .catch(function (err) {
        console.warn('Service worker niet geregistreerd:', err);
      });
  }
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
