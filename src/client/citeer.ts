/*
 * «Citeer» (src/components/CiteBox.astro): the copy buttons of the page's permanent link and
 * citation (and of the paragraph panel), and the permanent link as it is passed on. The panel
 * that cites one paragraph (./citeer-alinea.ts) comes with a long page; elsewhere this script
 * fetches it on the first tap or click of a «¶» and hands the tap on, so a short page such as an
 * action's loads only this much.
 */
import { citedLink } from './cite-logic.ts';
import { scriptBase } from './script-base.ts';

const PANEL_READY = 'data-cite-panel';
const base = scriptBase();

function start(): void {
  const pageLink = document.getElementById('cite-link');
  const panel = document.getElementById('alinea-citeren');
  // The page's permanent link as it is passed on: the published address, or where it is read.
  if (pageLink) pageLink.dataset.value = citedLink(pageLink.textContent || '', undefined, location.href, (panel && panel.dataset.local) || '').copied;

  let pending: HTMLElement | undefined;
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const button = target.closest<HTMLButtonElement>('button[data-copy]');
    if (button && navigator.clipboard) {
      const source = document.getElementById(button.dataset.copy || '');
      const box = button.closest('.cite-box, .cite-panel');
      const status = box && box.querySelector<HTMLElement>('.copy-status');
      if (!source || !status) return;
      navigator.clipboard.writeText(source.dataset.value || source.textContent || '').then(
        () => {
          status.textContent = button.dataset.copied || '';
        },
        () => {
          status.textContent = status.dataset.failed || '';
        },
      );
      return;
    }
    if (!panel || document.documentElement.hasAttribute(PANEL_READY)) return;
    const opener = target.closest<HTMLElement>('main a.anchor, .cite-here');
    if (!opener) return;
    e.preventDefault();
    if (pending) {
      pending = opener;
      return;
    }
    pending = opener;
    const script = document.createElement('script');
    script.src = new URL('citeer-alinea.js', base).href;
    script.onload = () => {
      if (pending && document.documentElement.hasAttribute(PANEL_READY)) pending.click();
    };
    document.head.appendChild(script);
  });
}

start();
