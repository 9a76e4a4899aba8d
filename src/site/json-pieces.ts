/**
 * The text of `JSON.stringify(value)` or `JSON.stringify(value, null, 2)` in pieces, joined in
 * chunks of about CHUNK characters: objects and arrays are opened down to PIECE_DEPTH, and what
 * lies below is serialised by JSON.stringify on its own. Joined, the pieces are exactly
 * JSON.stringify's text. A large file (×100: model.json, 33 MB) is never one string: it is
 * measured, hashed and written a chunk at a time (src/site/datafiles.ts).
 */

/** Levels of objects and arrays opened; below them (an action, a block of a letter) each value is one piece. */
const PIECE_DEPTH = 5;
/** Characters per chunk handed on. */
const CHUNK = 1 << 16;

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* pieces(value: unknown, indent: string | undefined, at: string, depth: number): Generator<string> {
  const open = depth < PIECE_DEPTH && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!open) {
    const text = indent === undefined ? JSON.stringify(value) : JSON.stringify(value, null, indent.length);
    // JSON.stringify indents from the left margin; this value stands at `at` (its line breaks are
    // all its own: a line break inside a string is written as \n).
    yield at && indent !== undefined ? text.replace(/\n/g, `\n${at}`) : text;
    return;
  }
  const inner = indent === undefined ? '' : at + indent;
  const lineBreak = indent === undefined ? '' : '\n';
  const colon = indent === undefined ? ':' : ': ';
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield `[${lineBreak}`;
    for (let i = 0; i < value.length; i++) {
      yield inner;
      if (omitted(value[i])) yield 'null';
      else yield* pieces(value[i], indent, inner, depth + 1);
      yield i < value.length - 1 ? `,${lineBreak}` : lineBreak;
    }
    return yield `${lineBreak ? at : ''}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => !omitted(v));
  if (entries.length === 0) return yield '{}';
  yield `{${lineBreak}`;
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${inner}${JSON.stringify(key)}${colon}`;
    yield* pieces(v, indent, inner, depth + 1);
    yield i < entries.length - 1 ? `,${lineBreak}` : lineBreak;
  }
  yield `${lineBreak ? at : ''}}`;
}

/**
 * JSON.stringify's text of `value` (indented by `space` spaces, or compact), in chunks. The
 * value must be one JSON.stringify writes as text (not undefined, a function or a symbol).
 */
export function* jsonChunks(value: unknown, space?: number): Generator<string> {
  let chunk = '';
  for (const piece of pieces(value, space === undefined ? undefined : ' '.repeat(space), '', 0)) {
    chunk += piece;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
