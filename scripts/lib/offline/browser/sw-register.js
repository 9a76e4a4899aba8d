/* Registreert de service worker (sw.js in de hoofdmap van de site), zodat de site ook
   zonder netwerk werkt na een eerste bezoek. Niet op file://: daar bestaan geen service workers. */
(function () {
  'use strict';
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  var script = document.currentScript;
  var sw = new URL('sw.js', script && script.src ? script.src : location.href);
  function register() {
    navigator.serviceWorker.register(sw.href).catch(function (err) {
      console.warn('Service worker niet geregistreerd:', err);
    });
  }
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
