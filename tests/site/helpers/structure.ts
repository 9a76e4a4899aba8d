/**
 * What axe's WCAG rules leave to best practice, checked in the page as it is: every landmark
 * named where its kind occurs more than once and no two alike (role + name), and heading names
 * that are the heading's words — no self-link, page mark or badge read inside them.
 */
import type { Page } from 'playwright-core';

/** Problems of landmarks and heading names in the page, as lines a reader of the log can act on. */
export function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const hidden = (el: Element) => !!el.closest('[aria-hidden="true"], [hidden]') || getComputedStyle(el).display === 'none';
    const sectioning = 'article, aside, main, nav, section';
    const roleOf = (el: Element): string | undefined => {
      const explicit = el.getAttribute('role');
      if (explicit)
        return ['banner', 'navigation', 'main', 'complementary', 'contentinfo', 'region', 'search', 'form'].includes(explicit) ? explicit : undefined;
      const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
      switch (el.tagName.toLowerCase()) {
        case 'nav':
          return 'navigation';
        case 'main':
          return 'main';
        case 'aside':
          return 'complementary';
        case 'header':
          return el.parentElement?.closest(sectioning) ? undefined : 'banner';
        case 'footer':
          return el.parentElement?.closest(sectioning) ? undefined : 'contentinfo';
        case 'section':
          return named ? 'region' : undefined;
        case 'form':
          return named ? 'form' : undefined;
        case 'search':
          return 'search';
        default:
          return undefined;
      }
    };
    const nameOf = (el: Element): string => {
      const label = el.getAttribute('aria-label');
      if (label) return label.trim();
      const by = el.getAttribute('aria-labelledby');
      if (by)
        return by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
      return '';
    };
    const seen = new Map<string, number>();
    const byRole = new Map<string, Element[]>();
    for (const el of document.querySelectorAll('body *')) {
      const role = roleOf(el);
      if (!role || hidden(el)) continue;
      byRole.set(role, [...(byRole.get(role) ?? []), el]);
    }
    for (const [role, els] of byRole) {
      for (const el of els) {
        const name = nameOf(el);
        if (els.length > 1 && !name)
          problems.push(`${els.length} «${role}» landmarks, one without a name: <${el.tagName.toLowerCase()} class="${el.className}">`);
        const key = `${role}\u0000${name}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    for (const [key, n] of seen) if (n > 1) problems.push(`${n} «${key.split('\u0000')[0]}» landmarks named alike: «${key.split('\u0000')[1]}»`);
    // Heading names: the words of the heading; a link only where it is the whole heading.
    for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
      if (hidden(h)) continue;
      const whole = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      for (const part of h.querySelectorAll('a, .page-mark, .badge, [aria-label]')) {
        if (part.closest('[aria-hidden="true"]')) continue;
        const words = (part.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (part.tagName === 'A' && words === whole && !part.hasAttribute('aria-label')) continue;
        if (part.tagName === 'ABBR') continue;
        // «[sic]» marks the heading's own words as printed in the source: part of what the heading says.
        if (part.classList.contains('sic')) continue;
        problems.push(
          `heading «${whole.slice(0, 80)}» has in its name: <${part.tagName.toLowerCase()} class="${part.getAttribute('class') ?? ''}"> «${part.getAttribute('aria-label') ?? words}»`,
        );
      }
    }
    return problems;
  });
}
