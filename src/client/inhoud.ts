/*
 * «Op deze pagina» (src/components/Toc.astro) and the page bar (src/components/PageBar.astro):
 * marks the section being read in the table of contents and names it in the bar; on a narrow
 * screen the bar's button opens and closes the table of contents. Bundled into the classic
 * script /js/inhoud.js (scripts/lib/client.ts): it runs from file:// and under the strict CSP.
 */

/** The section being read: the last of the targets (in page order) whose top is above the reading line. */
export function sectionAt<T extends { top: number }>(targets: readonly T[], line: number): T | undefined {
  let best: T | undefined;
  for (const t of targets) if (t.top <= line) best = t;
  return best;
}

/** Where the reading line stands: a quarter down the window. */
export const readingLine = (innerHeight: number): number => innerHeight * 0.25;

function start(): void {
  const root = document.documentElement;
  const toc = document.getElementById('op-deze-pagina');
  const toggle = document.querySelector<HTMLElement>('.toc-toggle');
  const names = document.querySelectorAll('.bar-current');
  const links: Record<string, HTMLAnchorElement> = {};
  const targets: HTMLElement[] = [];
  document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]').forEach((a) => {
    const id = decodeURIComponent(a.hash.slice(1));
    const el = document.getElementById(id);
    if (!el) return;
    links[id] = a;
    targets.push(el);
  });

  let current: HTMLAnchorElement | undefined;
  const mark = (): void => {
    const best = sectionAt(
      targets.map((el) => ({ el, top: el.getBoundingClientRect().top })),
      readingLine(window.innerHeight),
    );
    const link = best ? links[best.el.id] : undefined;
    if (link === current) return;
    if (current) current.removeAttribute('aria-current');
    if (link) link.setAttribute('aria-current', 'location');
    current = link;
    const name = link ? (link.textContent ?? '') : '';
    names.forEach((n) => (n.textContent = name));
  };
  // On every scroll, at most once a frame: after a jump of any length the right section is marked.
  if (targets.length) {
    let queued = false;
    window.addEventListener(
      'scroll',
      () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          mark();
        });
      },
      { passive: true },
    );
    mark();
  }

  const bar = document.querySelector('.page-bar');
  // Tabbing into the bar must not move the page: a browser may scroll a focused element of a
  // sticky bar to where the bar would stand if it did not stick. The page goes back to where
  // the reader was, in the same frame.
  if (bar) {
    let kept: number | undefined;
    let restore: number | undefined;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Tab') return;
        kept = window.scrollY;
        setTimeout(() => (kept = undefined), 0);
      },
      true,
    );
    bar.addEventListener('focusin', () => {
      if (kept === undefined) return;
      restore = kept;
      if (window.scrollY !== restore) window.scrollTo(0, restore);
      requestAnimationFrame(() => (restore = undefined));
    });
    window.addEventListener(
      'scroll',
      () => {
        if (restore !== undefined && window.scrollY !== restore) window.scrollTo(0, restore);
      },
      { passive: true },
    );
  }

  // The table of contents as a panel under the bar, on a narrow screen.
  if (!toc || !toggle) return;
  // The panel hangs under the bar, wherever the bar is (under the site header until it sticks).
  const place = (): void => {
    if (bar) root.style.setProperty('--toc-top', `${Math.max(0, bar.getBoundingClientRect().bottom)}px`);
  };
  window.addEventListener(
    'scroll',
    () => {
      if (root.classList.contains('toc-open')) place();
    },
    { passive: true },
  );
  const setOpen = (open: boolean, focus: boolean): void => {
    if (open) place();
    root.classList.toggle('toc-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open && focus) {
      const first = toc.querySelector<HTMLElement>('a[aria-current]') ?? toc.querySelector<HTMLElement>('a');
      if (first) first.focus();
    }
    if (!open && focus) toggle.focus();
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true', true));
  toc.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) setOpen(false, false);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.classList.contains('toc-open')) setOpen(false, true);
  });
  document.addEventListener('click', (e) => {
    if (root.classList.contains('toc-open') && !toc.contains(e.target as Node) && !toggle.contains(e.target as Node)) setOpen(false, false);
  });
}

if (typeof document !== 'undefined') start();
