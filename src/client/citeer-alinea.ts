/*
 * «Citeer deze alinea» (src/components/CitePanel.astro): the citation of one paragraph, list or
 * heading in a panel at the bottom of the screen, opened by a click or tap on its «¶», or by
 * «Citeer alinea» in the page bar for the paragraph being read (the one last tapped, or the one
 * that shows above the panel). The panel shows the first words of what it cites, keeps it in
 * view above itself, and steps to the previous or next paragraph. Loaded with a long page (its
 * page bar, src/components/PageBar.astro), elsewhere on the first tap of a «¶» (./citeer.ts).
 * The choices are pure functions in ./cite-logic.ts.
 */
import { citedLink, firstWords, readingBlock, scrollToShow, type Extent } from './cite-logic.ts';

const BLOCKS = 'main .block[id], main .block-heading[id]';
/** Set on <html> once this script runs: ./citeer.ts then leaves the «¶» to it. */
export const PANEL_READY = 'data-cite-panel';

const closest = <E extends Element = HTMLElement>(target: EventTarget | null, selector: string): E | null =>
  target instanceof Element ? target.closest<E>(selector) : null;

function start(): void {
  const pageLink = document.getElementById('cite-link');
  const pageCite = document.getElementById('cite-text');
  const panel = document.getElementById('alinea-citeren') as HTMLDialogElement | null;
  if (!panel || typeof panel.show !== 'function') return;
  document.documentElement.setAttribute(PANEL_READY, '');
  const localNote = panel.dataset.local || '';
  const dialog = panel;
  const title = document.getElementById('alinea-citeren-titel')!;
  const link = document.getElementById('alinea-link')!;
  const text = document.getElementById('alinea-tekst')!;
  const begin = document.getElementById('alinea-begin')!;
  const prev = dialog.querySelector<HTMLButtonElement>('.cite-prev')!;
  const next = dialog.querySelector<HTMLButtonElement>('.cite-next')!;
  const status = dialog.querySelector('.copy-status')!;
  // The blocks a reader can see: not those of a collapsed passage (a theme's letter text on an action page).
  const blocks = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>(BLOCKS)).filter((el) => !el.closest('details:not([open])'));
  let cited: HTMLElement | undefined;
  let opener: HTMLElement | undefined;
  let tapped: HTMLElement | undefined;

  /** The free part of the screen: below the page bar, above the panel (or the bottom). */
  function freeView(): Extent {
    const bar = document.querySelector('.page-bar');
    const top = bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
    const bottom = dialog.open ? dialog.getBoundingClientRect().top : window.innerHeight;
    return { top, bottom };
  }
  const extent = (el: Element): Extent => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  };
  const target = (): HTMLElement | null => (location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null);

  /** The block's words without the edition's marks (page, «¶», the actions under it). */
  function wordsOf(block: HTMLElement): string {
    const copy = block.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.anchor, .page-mark, .letter-actions, .fn-ref, [aria-hidden="true"]').forEach((el) => el.remove());
    return firstWords(copy.textContent || '');
  }

  /** Keeps the cited block in view above the panel: the page may scroll, the text never moves. */
  function keepInView(block: HTMLElement): void {
    const view = freeView();
    // Room to scroll the last paragraphs above the panel.
    document.body.style.paddingBottom = `${Math.ceil(window.innerHeight - view.bottom)}px`;
    const delta = scrollToShow(extent(block), view);
    if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
  }

  function close(restore: boolean): void {
    if (!cited) return;
    cited.classList.remove('is-cited');
    cited = undefined;
    dialog.close();
    document.body.style.paddingBottom = '';
    if (restore && opener && document.contains(opener)) opener.focus({ preventScroll: true });
  }

  function open(block: HTMLElement, from: HTMLElement | undefined, focusTitle = true): void {
    if (cited) cited.classList.remove('is-cited');
    cited = block;
    if (from) opener = from;
    block.classList.add('is-cited');
    const cite = citedLink(pageLink ? pageLink.textContent || '' : location.href, block.id, location.href, localNote);
    link.textContent = cite.shown;
    link.dataset.value = cite.copied;
    text.textContent = block.dataset.cite || (pageCite && pageCite.textContent) || '';
    begin.textContent = wordsOf(block);
    title.textContent = (block.matches('.block-heading') ? dialog.dataset.titleHeading : dialog.dataset.titleParagraph) || '';
    status.textContent = '';
    const all = blocks();
    const i = all.indexOf(block);
    prev.disabled = i <= 0;
    next.disabled = i < 0 || i >= all.length - 1;
    if (!dialog.open) dialog.show();
    keepInView(block);
    if (focusTitle) title.focus({ preventScroll: true });
  }

  /** The block being read: the one last tapped or addressed if it shows, else the one that shows above the panel. */
  function reading(): HTMLElement | undefined {
    const all = blocks();
    const view = freeView();
    const at = (el: HTMLElement | null | undefined) => (el ? all.indexOf(el) : -1);
    const pick = readingBlock(
      all.map(extent),
      view,
      [at(tapped), at(target())].map((i) => (i < 0 ? undefined : i)),
    );
    return pick === undefined ? undefined : all[pick];
  }

  function address(block: HTMLElement): void {
    if (location.hash !== `#${block.id}`) history.replaceState(null, '', `#${block.id}`);
    reach();
  }

  // The paragraph last tapped or clicked is the one «Citeer alinea» takes, while it shows.
  document.addEventListener('pointerdown', (e) => {
    const block = closest(e.target, BLOCKS);
    if (block && !block.closest('dialog')) tapped = block;
  });

  document.addEventListener('click', (e) => {
    const anchor = closest<HTMLAnchorElement>(e.target, 'main a.anchor');
    if (anchor) {
      const block = document.getElementById(decodeURIComponent(anchor.hash.slice(1)));
      if (!block) return;
      // The address becomes the paragraph's, as the link would make it, without the jump
      // that would take the focus from the panel.
      e.preventDefault();
      if (location.hash !== anchor.hash) history.pushState(null, '', anchor.hash);
      reach();
      open(block, anchor);
      return;
    }
    const here = closest(e.target, '.cite-here');
    if (here) {
      // Opened first, so the free part of the screen above it is known.
      if (!dialog.open) dialog.show();
      const block = reading();
      if (!block) {
        if (!cited) dialog.close();
        return;
      }
      address(block);
      open(block, here);
      return;
    }
    const step = closest(e.target, '.cite-prev, .cite-next');
    if (step && cited) {
      const all = blocks();
      const block = all[all.indexOf(cited) + (step.classList.contains('cite-prev') ? -1 : 1)];
      if (!block) return;
      address(block);
      open(block, undefined, false);
      return;
    }
    if (closest(e.target, '.cite-close')) close(true);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && cited) close(true);
  });

  // The paragraph the address points to keeps its «¶» in the tab order: from a link to a
  // paragraph, Tab reaches it right after the paragraph's own links. (A heading's «#» is
  // hidden from assistive technology and stays out of the tab order.)
  let reached: Element | null = null;
  function reach(): void {
    if (reached) reached.setAttribute('tabindex', '-1');
    const t = target();
    reached = t && t.matches('main .block[id]') ? t.querySelector(`a.anchor[href="#${CSS.escape(t.id)}"]`) : null;
    if (reached) reached.setAttribute('tabindex', '0');
  }
  window.addEventListener('hashchange', reach);
  reach();
}

start();
