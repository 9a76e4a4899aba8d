/* «Bewaar deze site voor offline lezen» (src/components/OfflineSave.astro).
   A classic script of its own file: it runs from file:// (where module scripts are refused)
   and under a strict Content-Security-Policy (no inline code). */
(function () {
  'use strict';
  var button = document.querySelector('[data-offline-save]');
  var status = document.querySelector('.offline-save .offline-status');
  if (!button || !status) return;
  function say(text) { status.textContent = text; }
  function progressText(done, total) {
    return (button.dataset.progress || '').replace('{done}', String(done)).replace('{total}', String(total));
  }
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') {
    button.disabled = true;
    say((location.protocol === 'file:' ? button.dataset.fromDisk : button.dataset.noWorker) || '');
    return;
  }
  button.addEventListener('click', function () {
    button.disabled = true;
    say(button.dataset.saving || '');
    navigator.serviceWorker.ready.then(function (registration) {
      var worker = registration.active;
      if (!worker) throw new Error('no active service worker');
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        var msg = event.data || {};
        if (msg.type === 'progress') say(progressText(msg.done || 0, msg.total || 0));
        else if (msg.type === 'saved') {
          say(button.dataset.saved || '');
          document.documentElement.dataset.offline = 'bewaard';
        } else if (msg.type === 'failed') {
          say(button.dataset.failed || '');
          button.disabled = false;
        }
      };
      worker.postMessage({ type: 'save-all' }, [channel.port2]);
    }).catch(function () {
      say(button.dataset.failed || '');
      button.disabled = false;
    });
  });
})();
