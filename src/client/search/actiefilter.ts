/*
 * The annex table (src/components/ActionTable.astro): rows that open their action, and the
 * filter. The text filter understands a query as the search does (filter.ts): stop words do
 * not decide, «/» or «of» means either word, abbreviations both ways, everyday words. A
 * classic script (bundled by scripts/lib/client.ts): it runs from file:// and under the
 * strict Content-Security-Policy.
 */
import { matches, parseFilter, rowText } from './filter.ts';
import { NO_HELP } from './help.ts';

declare global {
  interface Window {
    STANDEN?: Record<string, string>;
    /** Each action's description (from /acties/standen.js): the column shows its short title. */
    OMSCHRIJVINGEN?: Record<string, string>;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const here = script && script.src ? script.src : location.href;

/* Data files loaded once, when a reader first opens a status or filters on a word. */
function loadOnce(src: string, ready: () => boolean): () => Promise<void> {
  let p: Promise<void> | null = null;
  return () =>
    (p ??= ready()
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const s = document.createElement('script');
          s.src = src;
          // Without the file (it failed to load), the table's own text serves.
          s.onload = s.onerror = () => resolve();
          document.head.appendChild(s);
        }));
}
const withStatuses = loadOnce(new URL('standen.js', location.href).href, () => !!window.STANDEN);
const withHelp = loadOnce(new URL('../zoeken/hulp.js', here).href, () => !!window.ZOEKHULP);

function toggleStatus(button: HTMLElement) {
  const row = button.closest('tr') as HTMLTableRowElement;
  const text = row.querySelector<HTMLElement>('.status-text')!;
  const open = button.getAttribute('aria-expanded') !== 'true';
  void withStatuses().then(() => {
    const all = window.STANDEN ?? {};
    if (!text.dataset.start) text.dataset.start = text.textContent ?? '';
    text.textContent = open ? all[row.dataset.action ?? ''] || text.dataset.start : text.dataset.start;
    button.setAttribute('aria-expanded', String(open));
    const label = (open ? button.dataset.less : button.dataset.more) ?? '';
    button.setAttribute('aria-label', (button.getAttribute('aria-label') || '').replace(/^[^:]*/, label));
    button.textContent = label;
  });
}

// A row is one action: a click anywhere on it (not on a link, a button or selected text) opens the action.
const table = document.querySelector('.actions-table');
if (table) {
  table.classList.add('rows-open');
  table.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const toggle = target.closest<HTMLElement>('.status-toggle');
    if (toggle) return toggleStatus(toggle);
    if (target.closest('a, button') || String(window.getSelection ? window.getSelection() : '')) return;
    const row = target.closest('tbody tr');
    row?.querySelector<HTMLAnchorElement>('.row-link')?.click();
  });
}

const form = document.querySelector<HTMLFormElement>('#action-filter');
const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>('.actions-table tbody tr'));
const count = form?.querySelector<HTMLElement>('.filter-count');
if (form && count) {
  form.hidden = false;
  const total = Number(count.dataset.total);
  // Number, title and the whole status: the text filter searches description and status. Read once, when a text is first asked for.
  let texts: string[] | null = null;
  const textOf = (i: number) => {
    // Number, title, description and the whole status: the text filter searches description and status.
    texts ??= rows.map((r) => {
      const id = r.dataset.action ?? '';
      return rowText(
        `${r.cells[0]!.textContent} ${r.cells[1]!.textContent} ${window.OMSCHRIJVINGEN?.[id] ?? ''} ${window.STANDEN?.[id] || r.cells[2]?.textContent || ''}`,
      );
    });
    return texts[i]!;
  };
  // The filter lives in the address, so a filtered table can be bookmarked and shared.
  const PARAMS: Record<string, string> = { theme: 'thema', section: 'onderdeel', text: 'tekst' };
  const query = new URLSearchParams(location.search);
  for (const name of Object.keys(PARAMS)) {
    const value = query.get(PARAMS[name]!);
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (value !== null && field) field.value = value;
  }
  const remember = (data: FormData) => {
    const params = new URLSearchParams(location.search);
    for (const name of Object.keys(PARAMS)) {
      const value = String(data.get(name) || '');
      if (value) params.set(PARAMS[name]!, value);
      else params.delete(PARAMS[name]!);
    }
    const search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? `?${search}` : '') + location.hash);
  };
  const apply = (): void => {
    const data = new FormData(form);
    const theme = String(data.get('theme') || '');
    const section = String(data.get('section') || '');
    const text = String(data.get('text') || '').trim();
    if (text && (!window.STANDEN || !window.ZOEKHULP)) {
      count.textContent = count.dataset.loading || '';
      void Promise.all([withStatuses(), withHelp()]).then(() => {
        window.STANDEN ??= {};
        window.ZOEKHULP ??= NO_HELP;
        apply();
      });
      return;
    }
    const help = window.ZOEKHULP ?? NO_HELP;
    const q = text ? parseFilter(text, help.afkortingen, help.synoniemen) : [];
    let shown = 0;
    rows.forEach((row, i) => {
      const ok = (!theme || row.dataset.theme === theme) && (!section || row.dataset.section === section) && (!text || matches(textOf(i), q));
      if (row.hidden === ok) row.hidden = !ok;
      if (ok) shown++;
    });
    let line = (count.dataset.template || '').replace('{shown}', String(shown)).replace('{total}', String(total));
    // An empty result says what to try.
    if (shown === 0 && count.dataset.none) line += ` ${count.dataset.none}`;
    count.textContent = line;
    if (location.protocol !== 'file:') remember(data);
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply, 0));
  // A filter from the address applies at once; without one every row stays as it is.
  if (Object.keys(PARAMS).some((name) => query.get(PARAMS[name]!))) apply();
  else count.textContent = (count.dataset.template || '').replace('{shown}', String(total)).replace('{total}', String(total));
}
