/*
 * Runs in <head>, before the page is drawn (an external file: the site works under a strict
 * Content-Security-Policy). Applies the reader's colour choice, marks that JavaScript runs,
 * and once the page is there wires the colour switch, makes abbreviations openable by touch
 * and keyboard, opens and closes the disclosures, and fills the printed address. Printing
 * prints the page as it is shown: a collapsed part stays collapsed.
 */
import { colourChoice, cssString, runningLines, themeOf, type ColourChoice } from './site-logic.ts';

const root = document.documentElement;
const KEY = 'kleuren';

function stored(): ColourChoice {
  try {
    return colourChoice(localStorage.getItem(KEY));
  } catch {
    return 'systeem';
  }
}
function apply(choice: ColourChoice): void {
  const theme = themeOf(choice);
  if (theme) root.setAttribute('data-theme', theme);
  else root.removeAttribute('data-theme');
}

function ready(): void {
  const choice = stored();
  document.querySelectorAll<HTMLInputElement>('input[name="kleuren"]').forEach((radio) => {
    radio.checked = radio.value === choice;
    radio.addEventListener('change', () => {
      const value = colourChoice(radio.value);
      try {
        if (value === 'systeem') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, value);
      } catch {
        /* private mode: the choice holds for this page only */
      }
      apply(value);
    });
  });
  // Abbreviations: focusable, so a tap shows the expansion (CSS :focus); the first of each
  // on the page is a tab stop too, the others are not (a stop per occurrence would bury the links).
  const seen: Record<string, true> = {};
  document.querySelectorAll<HTMLElement>('main abbr[title]').forEach((abbr) => {
    if (abbr.closest('a, button, summary')) return;
    const key = `${abbr.textContent}\u0000${abbr.title}`;
    abbr.setAttribute('tabindex', seen[key] ? '-1' : '0');
    seen[key] = true;
  });
  // Disclosures (Kerngegevens): the button shows and hides what it controls.
  document.querySelectorAll<HTMLButtonElement>('button[data-disclosure][aria-controls]').forEach((button) => {
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      const part = document.getElementById(button.getAttribute('aria-controls') || '');
      if (part && part.parentElement) part.parentElement.classList.toggle('facts-open', open);
    });
  });
  // The printed address: the published one when the build knew it, else where the reader is.
  document.querySelectorAll('.print-url').forEach((url) => {
    if (!(url.textContent || '').trim() && location.protocol !== 'file:') url.textContent = location.href.split('#')[0] || '';
  });
  // The same lines in the margin of every printed page (@page in src/styles/global.css), as a CSS string.
  const running = document.querySelector('.print-running');
  if (running) {
    const lines = runningLines(Array.from(running.querySelectorAll('p'), (p) => p.textContent || ''));
    if (lines) root.style.setProperty('--print-running', cssString(lines));
  }
}

root.classList.add('js');
if (navigator.clipboard) root.classList.add('can-copy');
apply(stored());
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
else ready();
// «/» focuses the search field marked for it (src/components/SearchForm.astro), from anywhere but a text field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const input = document.querySelector<HTMLElement>('[data-search-shortcut]');
  if (!input) return;
  event.preventDefault();
  input.focus();
});
