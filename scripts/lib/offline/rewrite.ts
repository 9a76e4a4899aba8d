/**
 * Makes built pages work from file://: every root-relative URL in a URL attribute
 * (href, src, action, srcset, …) becomes a path relative to the page, and a
 * directory URL ("/acties/12/") points at its index.html. Fragments and query
 * strings are kept. The HTML is read with a tokenizer (urlAttributes) and only the attribute spans
 * it reports are replaced, so the rest of the file stays byte for byte as Astro wrote it.
 */
import { posix } from 'node:path';
import { Tokenizer as Htmlparser2Tokenizer } from 'htmlparser2';
import { Tokenizer, TokenizerMode, type TokenHandler } from 'parse5';

/** Attributes that hold one URL. */
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data']);
/** Attributes that hold a candidate list (URL + descriptor, comma separated). */
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);

export interface RewriteOptions {
  /** True when `path` (relative to the site root, no leading slash, no trailing slash) is a directory in the build. */
  isDir?: (path: string) => boolean;
  /**
   * The sub-path the site is hosted under («/herstel/»; default «/»). Astro writes its own
   * URLs with it, the site's routes without; both mean the same file of the build.
   */
  base?: string;
  /** Keep URLs root-relative, under the base, instead of making them relative (404.html). */
  absolute?: boolean;
}

/** Is this a root-relative URL ("/x", not "//host/x")? */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * The relative form of a root-relative URL, seen from the page whose file is
 * `fromFile` (relative to the site root, e.g. "acties/12/index.html").
 * Other URLs (absolute, protocol-relative, relative, fragment-only) come back unchanged.
 */
export function relativeUrl(fromFile: string, url: string, opts: RewriteOptions = {}): string {
  let trimmed = url.trim();
  if (!isRootRelative(trimmed)) return url;
  const base = opts.base ?? '/';
  if (base !== '/' && (trimmed.startsWith(base) || `${trimmed}/` === base)) trimmed = `/${trimmed.slice(base.length)}`;
  if (opts.absolute) {
    const abs = `${base}${trimmed.replace(/^\/+/, '')}`;
    return abs === url ? url : abs;
  }
  const cut = trimmed.search(/[?#]/);
  const pathPart = cut < 0 ? trimmed : trimmed.slice(0, cut);
  const suffix = cut < 0 ? '' : trimmed.slice(cut);
  let target = decodeSafe(pathPart).replace(/^\/+/, '');
  if (target === '' || target.endsWith('/')) target += 'index.html';
  else if (opts.isDir?.(target)) target += '/index.html';
  const fromDir = posix.dirname(fromFile) === '.' ? '' : posix.dirname(fromFile);
  let rel = posix.relative(fromDir, target);
  if (rel === '') rel = posix.basename(target);
  return encodePath(rel) + suffix;
}

function decodeSafe(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** Percent-encodes what must be encoded in a path, keeping "/" and the usual safe characters. */
function encodePath(p: string): string {
  return p
    .split('/')
    .map((seg) => encodeURI(seg).replace(/[?#]/g, encodeURIComponent))
    .join('/');
}

function rewriteSrcset(fromFile: string, value: string, opts: RewriteOptions): string {
  return value
    .split(',')
    .map((candidate) => {
      const m = /^(\s*)(\S+)(.*)$/s.exec(candidate);
      return m ? m[1] + relativeUrl(fromFile, m[2]!, opts) + m[3] : candidate;
    })
    .join(',');
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export interface RewriteResult {
  html: string;
  /** Number of attribute values changed. */
  changed: number;
}

/** Elements whose text the tokenizer reads as raw text (the tree builder switches it so in HTML content). */
const TEXT_MODE: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
};
const FOREIGN = new Set(['svg', 'math']);
const ignore = () => {};

/**
 * A URL attribute of a start tag (see URL_ATTRS, SRCSET_ATTRS) whose value may change: where it
 * stands in the page (from the start of its name to the end of its value), and its value.
 */
export interface UrlAttribute {
  start: number;
  end: number;
  value: string;
  srcset: boolean;
}

/**
 * The URL attributes of a page that may need rewriting (see the module comment): those with a
 * root-relative value (or a candidate list). Only the start tags matter, so the page goes
 * through a tokenizer without building a tree: htmlparser2's, which reads a page in about a
 * quarter of the time of parse5's (×1, all pages: 26 against 95 ms), with raw text after
 * <script>, <style>, <title>, <textarea>… as in HTML content (not inside <svg> or <math>).
 * A page with a <noscript> goes through parse5's (urlAttributesParse5), which reads its content
 * as raw text, as a browser with scripts does; htmlparser2 would read it as markup.
 * `tests/site/offline.test.ts` compares the two on every attribute of every built page.
 */
export function urlAttributes(html: string): UrlAttribute[] {
  return /<noscript/i.test(html) ? urlAttributesParse5(html) : urlAttributesHtmlparser2(html);
}

/**
 * A value as a string of its own. The tokenizer's values are slices of the page, and a slice
 * keeps the whole page in memory for as long as it is kept (the scans of the pages' copies are
 * kept until the offline step): joined to a space and cut again, it is copied.
 */
const own = (value: string): string => ` ${value}`.slice(1);

/** Which attributes a scan reports, by name (lower case) and value: the URL attributes whose value may change. */
export type AttributeFilter = (name: string, value: string) => boolean;
const mayChange: AttributeFilter = (name, value) => SRCSET_ATTRS.has(name) || (URL_ATTRS.has(name) && isRootRelative(value.trim()));

/** urlAttributes with htmlparser2's tokenizer (every attribute that `keep` keeps). */
export function urlAttributesHtmlparser2(html: string, keep: AttributeFilter = mayChange): UrlAttribute[] {
  const found: UrlAttribute[] = [];
  let foreign = 0;
  let tag = '';
  let seen = new Set<string>();
  let name = '';
  let nameStart = 0;
  let value = '';
  const tokenizer = new Htmlparser2Tokenizer(
    {},
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        seen = new Set();
      },
      onattribname(start, end) {
        name = html.slice(start, end).toLowerCase();
        nameStart = start;
        value = '';
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend(_quote, end) {
        // A repeated attribute is dropped, as the HTML tokenizer drops it.
        if (seen.has(name)) return;
        seen.add(name);
        if (keep(name, value)) found.push({ start: nameStart, end, value: own(value), srcset: SRCSET_ATTRS.has(name) });
      },
      onopentagend() {
        if (FOREIGN.has(tag)) foreign++;
      },
      onclosetag(start, end) {
        if (foreign > 0 && FOREIGN.has(html.slice(start, end).toLowerCase())) foreign--;
      },
      isInForeignContext: () => foreign > 0,
      onselfclosingtag: ignore,
      ontext: ignore,
      ontextentity: ignore,
      oncomment: ignore,
      oncdata: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return found;
}

/**
 * urlAttributes with parse5's tokenizer, which follows the HTML standard to the letter; the
 * tokenizer is switched to raw text after <script>, <style>, <title>, <noscript>… as the tree
 * builder switches it in HTML content (not inside <svg> or <math>).
 */
export function urlAttributesParse5(html: string, keep: AttributeFilter = mayChange): UrlAttribute[] {
  const found: UrlAttribute[] = [];
  let foreign = 0;
  const handler: TokenHandler = {
    onStartTag(token) {
      const locs = token.location?.attrs;
      for (const attr of token.attrs) {
        const key = attr.name;
        if (!keep(key, attr.value)) continue;
        const loc = locs?.[key];
        if (loc) found.push({ start: loc.startOffset, end: loc.endOffset, value: attr.value, srcset: SRCSET_ATTRS.has(key) });
      }
      if (FOREIGN.has(token.tagName)) {
        if (!token.selfClosing) foreign++;
      } else if (foreign === 0 && TEXT_MODE[token.tagName] !== undefined) {
        tokenizer.state = TEXT_MODE[token.tagName]!;
      }
      tokenizer.inForeignNode = foreign > 0;
    },
    onEndTag(token) {
      if (foreign > 0 && FOREIGN.has(token.tagName)) foreign--;
      tokenizer.inForeignNode = foreign > 0;
    },
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  return found;
}

/**
 * The page `html` with its URL attributes `attributes` (urlAttributes of that same html)
 * rewritten; only their spans are replaced, so the rest stays byte for byte as it was.
 */
export function rewriteAttributes(html: string, attributes: readonly UrlAttribute[], fromFile: string, opts: RewriteOptions = {}): RewriteResult {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const a of attributes) {
    const next = a.srcset ? rewriteSrcset(fromFile, a.value, opts) : relativeUrl(fromFile, a.value, opts);
    if (next === a.value) continue;
    const raw = html.slice(a.start, a.end);
    const eq = raw.indexOf('=');
    if (eq < 0) continue;
    edits.push({ start: a.start, end: a.end, text: `${raw.slice(0, eq)}="${escapeAttr(next)}"` });
  }
  // Assemble the output once, from the unchanged stretches and the edits in order.
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let last = 0;
  for (const e of edits) {
    parts.push(html.slice(last, e.start), e.text);
    last = e.end;
  }
  parts.push(html.slice(last));
  const out = parts.join('');
  return { html: out, changed: edits.length };
}

/** Rewrites the root-relative URLs of one HTML file (see the module comment). */
export function rewriteHtml(html: string, fromFile: string, opts: RewriteOptions = {}): RewriteResult {
  return rewriteAttributes(html, urlAttributes(html), fromFile, opts);
}
