/**
 * Interface words are resolved when a page is rendered, not written into the committed MDX:
 * the page records (src/site/route-data.ts) and the MDX writer read the strings through
 * `labelTokens`, which gives every plain label of src/site/strings.ts as a token
 * («⟦home⟧», «⟦kind.action⟧»); the site resolves the tokens with `resolveLabels` (the
 * frontmatter in src/components/edition/paths.ts, the MDX text in the components that show
 * an edition's label: src/components/mdx/Section.astro and the headings of src/components/mdx/html.ts). A wording change in the strings thus leaves content/pages/
 * as it is. The strings' functions (a label with a number or a name in it) are called as
 * they are: their words are still written into the pages.
 */
import { t } from './strings.ts';

/** A token in a string: «⟦home⟧», «⟦fact.dossier⟧». */
export const LABEL_TOKEN = /⟦([A-Za-z0-9_.]+)⟧/g;

function tokens<T extends object>(obj: T, path: readonly string[]): T {
  return new Proxy(obj, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string') return value;
      if (typeof value === 'string') return `⟦${[...path, key].join('.')}⟧`;
      if (value && typeof value === 'object' && !Array.isArray(value)) return tokens(value, [...path, key]);
      return value;
    },
  });
}

/** The strings with each plain label as its token. */
export const labelTokens: typeof t = tokens(t, []);

/** The label at a path of the strings («home», «kind.action»); throws on a path that names none. */
export function label(path: string, strings: object = t): string {
  const value = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), strings);
  if (typeof value !== 'string')
    throw new Error(`src/site/strings.ts: expected an interface label «${path}», found ${value === undefined ? 'none' : typeof value}`);
  return value;
}

/**
 * A value with every token in its strings replaced by its label, deeply. An array or object is
 * copied only where something in it changes; one without a token comes back as it is (the
 * route data of every page, resolved once per build: ×1 19 → 6 ms).
 */
export function resolveLabels<T>(value: T, strings: object = t): T {
  if (typeof value === 'string') return (value.includes('⟦') ? value.replace(LABEL_TOKEN, (_, p: string) => label(p, strings)) : value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = resolveLabels(value[i] as unknown, strings);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return (out ?? value) as T;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const object = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(object)) {
      const v = resolveLabels(object[key], strings);
      if (v !== object[key]) (out ??= { ...object })[key] = v;
    }
    return (out ?? value) as T;
  }
  return value;
}
