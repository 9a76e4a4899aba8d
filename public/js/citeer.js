/* «Citeer» (src/components/CiteBox.astro, CitePanel.astro): the copy buttons, and the
   citation of one paragraph, list or heading in a panel at the bottom of the screen,
   opened by a click or tap on its «¶» or «#», or by «Citeer alinea» in the page bar for
   the paragraph being read.
   A classic script of its own file: it runs from file:// (where module scripts are refused)
   and under a strict Content-Security-Policy (no inline code). */
(function () {
  'use strict';
  var pageLink = document.getElementById('cite-link');
  var pageCite = document.getElementById('cite-text');

  // An address to pass on is absolute, also where the page shows a path (no published address).
  function absolute(href) {
    return /^https?:$/.test(location.protocol) && href.charAt(0) === '/' ? new URL(href, location.href).href : href;
  }
  if (pageLink) pageLink.dataset.value = absolute(pageLink.textContent || '');

  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button[data-copy]');
    if (!button || !navigator.clipboard) return;
    var source = document.getElementById(button.dataset.copy || '');
    var status = button.closest('.cite-box, .cite-panel').querySelector('.copy-status');
    if (!source || !status) return;
    navigator.clipboard.writeText(source.dataset.value || source.textContent || '').then(
      function () { status.textContent = button.dataset.copied || ''; },
      function () { status.textContent = status.dataset.failed || ''; }
    );
  });

  var panel = document.getElementById('alinea-citeren');
  if (!panel || typeof panel.show !== 'function') return;
  var BLOCKS = 'main .block[id], main .block-heading[id]';
  var title = document.getElementById('alinea-citeren-titel');
  var link = document.getElementById('alinea-link');
  var text = document.getElementById('alinea-tekst');
  var status = panel.querySelector('.copy-status');
  var cited;
  var opener;

  function close(restore) {
    if (!cited) return;
    cited.classList.remove('is-cited');
    cited = undefined;
    panel.close();
    if (restore && opener && document.contains(opener)) opener.focus({ preventScroll: true });
  }
  function open(block, from) {
    close(false);
    cited = block;
    opener = from;
    block.classList.add('is-cited');
    var href = (pageLink ? pageLink.textContent || '' : location.href).split('#')[0] + '#' + block.id;
    link.textContent = href;
    link.dataset.value = absolute(href);
    text.textContent = block.dataset.cite || (pageCite ? pageCite.textContent : '') || '';
    title.textContent = block.matches('.block-heading') ? panel.dataset.titleHeading : panel.dataset.titleParagraph;
    status.textContent = '';
    panel.show();
    title.focus({ preventScroll: true });
  }
  /**
   * The paragraph being read: the one the address points to if it is in view, else the
   * first that begins below the bar, else the one that fills the screen.
   */
  function reading() {
    var bar = document.querySelector('.page-bar');
    var top = bar ? bar.getBoundingClientRect().bottom : 0;
    var shown = function (el) {
      var r = el.getBoundingClientRect();
      return r.height > 0 && r.bottom > top + 8 && r.top < window.innerHeight;
    };
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && target.matches(BLOCKS) && shown(target)) return target;
    var blocks = Array.prototype.filter.call(document.querySelectorAll(BLOCKS), shown);
    return blocks.filter(function (el) { return el.getBoundingClientRect().top >= top; })[0] || blocks[0];
  }

  document.addEventListener('click', function (e) {
    var anchor = e.target.closest && e.target.closest('main a.anchor');
    if (anchor) {
      var block = document.getElementById(decodeURIComponent(anchor.hash.slice(1)));
      if (!block) return;
      // The address becomes the paragraph's, as the link would make it, without the jump
      // that would take the focus from the panel (the paragraph is already in view).
      e.preventDefault();
      if (location.hash !== anchor.hash) history.pushState(null, '', anchor.hash);
      reach();
      open(block, anchor);
      return;
    }
    if (e.target.closest && e.target.closest('.cite-here')) {
      var here = reading();
      if (!here) return;
      history.replaceState(null, '', '#' + here.id);
      reach();
      open(here, e.target.closest('.cite-here'));
      return;
    }
    if (e.target.closest && e.target.closest('.cite-close')) close(true);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && cited) close(true);
  });

  // The paragraph the address points to keeps its «¶» in the tab order: from a link to a
  // paragraph, Tab reaches it right after the paragraph's own links.
  var reached;
  function reach() {
    if (reached) reached.setAttribute('tabindex', '-1');
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    reached = target && target.matches(BLOCKS) ? target.querySelector('a.anchor[href="#' + CSS.escape(target.id) + '"]') : null;
    if (reached) reached.setAttribute('tabindex', '0');
  }
  window.addEventListener('hashchange', reach);
  reach();
})();
