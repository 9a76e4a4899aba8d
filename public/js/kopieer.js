/* The copy buttons of «Citeer» (src/components/CiteBox.astro).
   A classic script of its own file: it runs from file:// (where module scripts are refused)
   and under a strict Content-Security-Policy (no inline code). */
(function () {
  'use strict';
  var status = document.querySelector('.cite-box .copy-status');
  if (!navigator.clipboard || !status) return;
  Array.prototype.forEach.call(document.querySelectorAll('.cite-box button[data-copy]'), function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.dataset.copy || '');
      if (!source) return;
      navigator.clipboard.writeText(source.textContent || '').then(
        function () { status.textContent = button.dataset.copied || ''; },
        function () { status.textContent = status.dataset.failed || ''; }
      );
    });
  });
})();
