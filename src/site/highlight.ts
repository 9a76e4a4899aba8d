/**
 * Code examples highlighted with Shiki, without inline styles: every `style` Shiki writes
 * becomes a class, and the classes are a style sheet of their own (served as a file), so
 * the examples keep their colours under a strict Content-Security-Policy (style-src 'self').
 * High-contrast GitHub themes: the ordinary ones colour CSV and comments below 4.5:1.
 *
 * Shiki's core with its JavaScript regular-expression engine and only the languages the
 * examples use: the same HTML as its full bundle, without loading the Oniguruma WebAssembly
 * and every grammar on demand (×1: the style sheet's route, which highlights first, 227 → 98 ms).
 */
import { createHighlighterCore, type HighlighterCore, type ShikiTransformer } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/** The languages of the examples. */
const LANGUAGES = {
  json: () => import('shiki/langs/json.mjs'),
  csv: () => import('shiki/langs/csv.mjs'),
  shellsession: () => import('shiki/langs/shellsession.mjs'),
} as const;
export type Language = keyof typeof LANGUAGES;

let core: Promise<HighlighterCore> | undefined;
/** The one highlighter of a build, made when the first example is highlighted. */
function shiki(): Promise<HighlighterCore> {
  core ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light-high-contrast.mjs'), import('shiki/themes/github-dark-high-contrast.mjs')],
    langs: Object.values(LANGUAGES).map((load) => load()),
    engine: createJavaScriptRegexEngine(),
  });
  return core;
}

interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** A highlighter whose inline styles become classes; `css()` is the style sheet for them. */
export function highlighter(prefix = 'hl') {
  const classes = new Map<string, string>();
  const toClass = (node: HastNode): void => {
    if (node.type === 'element' && node.properties) {
      const style = node.properties.style;
      if (typeof style === 'string' && style) {
        let name = classes.get(style);
        if (!name) {
          name = `${prefix}-${classes.size}`;
          classes.set(style, name);
        }
        const existing = node.properties.class;
        node.properties.class = [...(Array.isArray(existing) ? existing : existing ? [String(existing)] : []), name];
        delete node.properties.style;
      }
    }
    node.children?.forEach(toClass);
  };
  const transformer: ShikiTransformer = {
    name: 'style-to-class',
    root(root) {
      toClass(root as unknown as HastNode);
    },
  };
  return {
    highlight: async (code: string, lang: Language) => (await shiki()).codeToHtml(code, { lang, themes: THEMES, transformers: [transformer] }),
    /** The classes as CSS, with the dark theme for the system setting and for the site's own switch. */
    css: () => {
      const dark = '.shiki,.shiki span{color:var(--shiki-dark)!important;background-color:var(--shiki-dark-bg)!important}';
      const scoped = (root: string) => dark.replace(/\.shiki/g, `${root} .shiki`);
      return [
        ...[...classes].map(([style, name]) => `.${name}{${style}}`),
        `@media (prefers-color-scheme: dark){${scoped(":root:not([data-theme='light'])")}}`,
        scoped(":root[data-theme='dark']"),
      ].join('\n');
    },
  };
}
