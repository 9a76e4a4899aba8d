/**
 * Code examples highlighted with Shiki, without inline styles: every `style` Shiki writes
 * becomes a class, and the classes are a style sheet of their own (served as a file), so
 * the examples keep their colours under a strict Content-Security-Policy (style-src 'self').
 * High-contrast GitHub themes: the ordinary ones colour CSV and comments below 4.5:1.
 */
import { codeToHtml, type BundledLanguage, type ShikiTransformer } from 'shiki';

const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

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
    highlight: (code: string, lang: BundledLanguage) => codeToHtml(code, { lang, themes: THEMES, transformers: [transformer] }),
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
