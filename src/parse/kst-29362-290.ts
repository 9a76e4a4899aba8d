/**
 * Kamerstuk 29 362, nr. 290 — letter of the Minister van SZW of 5 March 2021, the
 * cabinet response to the «Werk aan Uitvoering» reports — from a scraped web page
 * (seeds/kst-29362-290.web.txt).
 *
 * Form of the source, top to bottom:
 * - the site's title line and a sentence about the dossier; the site's section
 *   «1. Kerngegevens» (Officiële titel, Documentdatum, Publicatiedatum, Nummer,
 *   Kenmerk, Commissie(s)) and two link labels; «2. Tekst»; the document head
 *   (Tweede Kamer … / Vergaderjaar / 29 362 / dossier title / Nr. 290 BRIEF VAN … /
 *   Aan de Voorzitter … Den Haag, 5 maart 2021). All of it is kept verbatim as
 *   `front`, except the site labels (furniture); the metadata is checked against
 *   ctx.meta.
 * - the body, one paragraph a line. Sections are «  • 1. » followed by an indented
 *   title line; sub-sections «2.1 Maatwerk»; unnumbered sub-headings are short lines
 *   without closing punctuation. Two page breaks of the printed version leaked in:
 *   a paragraph stops mid-sentence, then come page footnotes and page furniture,
 *   then the paragraph goes on with a lower-case word. The paragraph is joined
 *   again with a `pageBreak` where it goes on (numbered where a footer gives the
 *   page, see «Pages» in the body loop); the notes go to `footnotes` (ids `pfn-N`),
 *   the footer is furniture.
 *   Line 45 is «1 Eindrapport …» (page 1) before the ISSN footer; lines 199–203 are
 *   «32», «33» and one line with both texts («www.naarhetiak.nl. Kamerstuk 35 510,
 *   nr. 4.»). 32 and 33 are footnote numbers of the printed version, not page
 *   numbers (the letter has 17 pages), and their markers «(IAK)32» and
 *   «invoeringstoets»33 stand just before (see placeMarkers).
 * - the signature («De Minister van …,» / «  • W. » / «    Koolmees»), the footer of
 *   the last page (its number is the document's `pages`), then 37 endnotes (a number line, then an indented text line), then the
 *   site's boilerplate («3.» Bijlagen, «4.» Meer informatie, «5.» Parlementaire
 *   Monitor).
 *
 * Footnote markers are glued to the text («gewaardeerd1», «(WaU)2», «20196») and are
 * found by expected order (see placeMarkers), never as «any digits after a word».
 *
 * Streams: "front" (front lines), "body" (blocks in order), "notes" (footnote texts,
 * in source order), "noteLabels" (footnote numbers as printed, in source order).
 */
import type { Block, Footnote, Inline, Letter, Meta } from '../model/schema.ts';
import type { ParseContext, SourceInput } from './context.ts';
import { resolveSentinels } from './corrections.ts';
import { furniture } from './furniture/index.ts';
import { dutchDate, headingId, SourceError, Trace, inlinesSourceText, type Parsed, type Span } from './source.ts';
import { HYPHENATED_WORD_RE } from './hyphenation.ts';
import type { Reviewed } from '../model/reviewed.ts';

/** Anchor slug of a heading (sentinels resolved). */

/** A non-blank source line, trimmed, with where its text starts. */
/** A source line: the shared span type (line, column, text). */
type SrcLine = Span;

/** A paragraph or heading text as assembled from one or more source lines. */
interface RawText {
  raw: string;
  /** Offset in `raw` where each source line's text starts. */
  parts: Array<{ line: number; start: number }>;
  /** Where a page of the printed version begins inside the text (offset in `raw`); `page` where the source gives its number. */
  breaks?: Array<{ offset: number; page?: number }>;
}

type Draft =
  | { kind: 'heading'; line: number; page?: number; level: 2 | 3 | 4; number?: string; text: RawText }
  | { kind: 'paragraph'; line: number; page?: number; text: RawText }
  | { kind: 'signature'; line: number; page?: number; role: string; name: string };

interface DraftNote {
  id: string;
  label: string;
  text: RawText;
  line: number;
  page?: number;
  /** Page footnotes only: where the note stood in the body (block index and offset in its text). */
  at?: { block: number; offset: number };
}

/** A placed marker: in draft block `block`, at `offset` of its raw text. */
interface Marker {
  block: number;
  offset: number;
  label: string;
  note: string;
}

const KERNGEGEVENS = ['Officiële titel', 'Documentdatum', 'Publicatiedatum', 'Nummer', 'Kenmerk', 'Commissie(s)'];

const SITE_NUMBER = furniture('wau-site-section-number');
const SITE_LABEL = furniture('wau-site-section-label');
const SITE_LINK = furniture('wau-site-link');
const SITE_BLURB = furniture('wau-site-blurb');
const PAGE_FOOTER = furniture('wau-page-footer');
const PAGE_FOOTER_ISSN = furniture('wau-page-footer-issn');

const SECTION_BULLET = /^•\s*(\d+)\.$/u;
const INITIALS_BULLET = /^•\s*((?:\p{Lu}\.\s*)+)$/u;
const SUBSECTION = /^(\d+)\.(\d+)\s+(\S.*)$/u;
const ROLE = /^De (?:Minister|Staatssecretaris)\b.*,$/u;

/** True when a line of text ends a sentence (a trailing footnote marker is ignored). */
function endsSentence(text: string): boolean {
  return /[.!?»”)]$/u.test(resolveSentinels(text).trimEnd().replace(/\d+$/, ''));
}

/** An unnumbered sub-heading: a short line, capitalised, without closing punctuation. */
function isSubHeading(text: string): boolean {
  const plain = resolveSentinels(text);
  return plain.length <= 60 && /^\p{Lu}/u.test(plain) && !/[.,;:!?»”)\d]$/u.test(plain);
}

class Reader {
  private i = 0;
  readonly lines: SrcLine[] = [];
  readonly file: string;
  constructor(file: string, raw: readonly string[]) {
    this.file = file;
    raw.forEach((text, idx) => {
      if (/^\s*$/.test(text)) return;
      const col = text.length - text.trimStart().length;
      this.lines.push({ line: idx + 1, col, text: text.trim() });
    });
  }
  peek(): SrcLine | undefined {
    return this.lines[this.i];
  }
  next(expected: string): SrcLine {
    const l = this.lines[this.i++];
    if (!l) throw new SourceError(this.file, this.lastLine(), expected, 'end of file');
    return l;
  }
  lastLine(): number {
    return this.lines[this.lines.length - 1]?.line ?? 1;
  }
}

export function parseWerkAanUitvoering(input: SourceInput, ctx: ParseContext): Parsed<Letter> {
  const { file } = input;
  const trace = new Trace(file);
  const r = new Reader(file, input.lines);
  const fail = (l: SrcLine | undefined, expected: string): never => {
    throw new SourceError(file, l?.line ?? r.lastLine(), expected, l?.text ?? 'end of file');
  };
  const drop = (id: string, re: RegExp, l: SrcLine, expected: string) => {
    if (!re.test(l.text)) fail(l, expected);
    trace.drop(id, l.line, l.text, l.col);
  };

  // ---- front: site title, Kerngegevens, document head ----
  const front: Letter['front'] = [];
  // The site title, the dossier sentence and the Kerngegevens are the website's metadata, not the document's (`site`).
  const takeFront = (l: SrcLine, site = false) => {
    trace.take('front', l.line, l.text, l.col);
    front.push({ line: l.line, text: l.text, ...(site && { site }) });
  };
  while (r.peek() && !SITE_NUMBER.test(r.peek()!.text)) takeFront(r.next('the site title'), true);
  drop('wau-site-section-number', SITE_NUMBER, r.next('«1.»'), 'the site section number «1.»');
  drop('wau-site-section-label', /^Kerngegevens$/, r.next('«Kerngegevens»'), 'the site section «Kerngegevens»');
  const fields = new Map<string, SrcLine>();
  for (const key of KERNGEGEVENS) {
    const l = r.next(`the Kerngegevens field «${key}»`);
    if (!l.text.startsWith(key + ' ')) fail(l, `the Kerngegevens field «${key}»`);
    fields.set(key, l);
    takeFront(l, true);
  }
  while (r.peek() && SITE_LINK.test(r.peek()!.text)) drop('wau-site-link', SITE_LINK, r.next(''), '');
  drop('wau-site-section-number', SITE_NUMBER, r.next('«2.»'), 'the site section number «2.»');
  drop('wau-site-section-label', /^Tekst$/, r.next('«Tekst»'), 'the site section «Tekst»');
  const head: SrcLine[] = [];
  for (;;) {
    const l = r.next('the document head, ending with «Aan de Voorzitter … Den Haag, <date>»');
    head.push(l);
    takeFront(l);
    if (l.text.startsWith('Aan de ')) break;
    if (head.length > 12) fail(l, 'the line «Aan de Voorzitter …» within the document head');
  }
  const meta = checkMeta(file, ctx.meta, fields, head);

  // ---- body ----
  const drafts: Draft[] = [];
  const notes: DraftNote[] = [];
  // Pages. The web text shows a page of the printed version only where a paragraph was cut
  // by it: its page footnotes and footer stand in the middle of the paragraph. A footer
  // gives the number of its page (the ISSN footer is the first page's). So the source places
  // text on a page from the start of the letter up to the first footer (page 1), and after
  // a footer from the cut onwards for as much text as a page surely holds: no more than
  // the body text of the smallest page the source shows whole (page 1, which also carries
  // the head of the letter). Past that, and after a page foot without a footer, a block
  // has no page; the signature stands directly above the footer of the last page.
  let page: number | undefined = 1;
  /** Body characters on `page` so far (while the page is known). */
  let pageFill = 0;
  /** Fewest body characters on a page the source shows whole, from its first to its last word. */
  let capacity = Infinity;
  /** The page foot of a cut paragraph was seen: the page that begins with its continuation. */
  let pending: { page?: number } | undefined;
  /** The foot of a page (its notes or footer): a page known from its first word is shown whole. */
  const pageFoot = () => {
    if (page !== undefined) capacity = Math.min(capacity, pageFill);
    page = undefined;
  };
  /** A new block of `length` characters: on `page` while that surely holds it, else on no known page. */
  const placeBlock = (length: number): number | undefined => {
    if (page !== undefined && pageFill + length > capacity) page = undefined;
    if (page !== undefined) pageFill += length;
    return page;
  };
  let section = 0;
  /** Line of the last section or sub-section heading, for errors that name a range. */
  let structLine = 1;
  let sub = 0;
  /** The paragraph cut mid-sentence by a page break, waiting for its continuation. */
  let open: (Draft & { kind: 'paragraph' }) | undefined;
  let pendingLabels: SrcLine[] = [];
  let signature: (Draft & { kind: 'signature' }) | undefined;
  let pages: number | undefined;

  const addText = (t: RawText, l: SrcLine) => {
    if (t.raw.length > 0) t.raw += ' ';
    t.parts.push({ line: l.line, start: t.raw.length });
    t.raw += l.text;
  };
  const newText = (l: SrcLine): RawText => ({ raw: l.text, parts: [{ line: l.line, start: 0 }] });

  while (!signature) {
    const l = r.next('the body, ending with the signature');
    if (PAGE_FOOTER_ISSN.test(l.text) || PAGE_FOOTER.test(l.text)) {
      const numbered = PAGE_FOOTER.test(l.text);
      drop(numbered ? 'wau-page-footer' : 'wau-page-footer-issn', /[^]*/, l, '');
      const footerPage = numbered ? Number(/(\d{1,2})$/.exec(l.text)![1]) : 1;
      if (open) pending = { page: footerPage + 1 };
      pageFoot();
      continue;
    }
    if (open) {
      // Inside a page break: page footnotes, then the continuation of the paragraph.
      const labelled = /^(\d{1,3}) (\S.*)$/u.exec(l.text);
      if (/^\d{1,3}$/.test(l.text)) {
        trace.take('noteLabels', l.line, l.text, l.col);
        pendingLabels.push(l);
        pending ??= {};
        pageFoot();
      } else if (pendingLabels.length > 0) {
        // One line holding the texts of the notes numbered just before, in order.
        const texts = splitNoteTexts(l.text, pendingLabels.length);
        if (!texts) fail(l, `the texts of the ${pendingLabels.length} page footnotes ${pendingLabels.map((p) => p.text).join(', ')}, one sentence each`);
        let col = l.col;
        texts!.forEach((t, k) => {
          col = l.col + l.text.indexOf(t, col - l.col);
          trace.take('notes', l.line, t, col);
          notes.push(
            pageNote(pendingLabels[k]!.text, { raw: t, parts: [{ line: l.line, start: 0 }] }, l.line, page, drafts.indexOf(open!), open!.text.raw.length),
          );
          col += t.length;
        });
        pendingLabels = [];
        pageFoot();
      } else if (labelled) {
        trace.take('noteLabels', l.line, labelled[1]!, l.col);
        const textCol = l.col + l.text.indexOf(labelled[2]!, labelled[1]!.length);
        trace.take('notes', l.line, labelled[2]!, textCol);
        notes.push(
          pageNote(labelled[1]!, { raw: labelled[2]!, parts: [{ line: l.line, start: 0 }] }, l.line, page, drafts.indexOf(open), open.text.raw.length),
        );
        pending ??= {};
        pageFoot();
      } else if (/^\p{Ll}/u.test(l.text)) {
        // The continuation: join it to the cut paragraph, on the page that begins with it.
        trace.take('body', l.line, l.text, l.col);
        addText(open.text, l);
        if (pending) {
          (open.text.breaks ??= []).push({ offset: open.text.parts.at(-1)!.start, ...(pending.page !== undefined && { page: pending.page }) });
          page = pending.page;
          pageFill = 0;
          pending = undefined;
        }
        if (page !== undefined) pageFill += l.text.length;
        if (endsSentence(l.text)) open = undefined;
      } else if (ROLE.test(l.text) && open.text.raw.endsWith(',')) {
        // «Mede namens …,» leads into the signature: not a page break.
        open = undefined;
        signature = readSignature(l);
      } else {
        fail(l, `the continuation (in lower case) of the paragraph cut at line ${open.text.parts.at(-1)!.line}, a page footnote or page furniture`);
      }
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = SECTION_BULLET.exec(l.text))) {
      const num = Number(m[1]);
      if (num !== section + 1) fail(l, `section ${section + 1}`);
      structLine = l.line;
      section = num;
      sub = 0;
      trace.take('body', l.line, l.text.replace(/^•\s*/u, ''), l.col + l.text.indexOf(m[1]!));
      const title = r.next(`the title of section ${num}`);
      if (!/^\p{Lu}/u.test(title.text) || title.text.split(/\s+/).length > 12 || /[.,;:]$/.test(title.text)) {
        fail(title, `the title of section ${num} (a short line in capitals, after «  • ${num}. »)`);
      }
      trace.take('body', title.line, title.text, title.col);
      drafts.push({ kind: 'heading', line: l.line, page: placeBlock(title.text.length), level: 2, number: String(num), text: newText(title) });
    } else if ((m = SUBSECTION.exec(l.text)) && l.text.length <= 100) {
      const [maj, min] = [Number(m[1]), Number(m[2])];
      if (maj === section + 1 && min === 1)
        fail(l, `section ${maj} («  • ${maj}. » and its title) before sub-section ${maj}.1, in lines ${structLine}–${l.line}`);
      if (maj !== section || min !== sub + 1) fail(l, `sub-section ${section}.${sub + 1}, in lines ${structLine}–${l.line}`);
      structLine = l.line;
      sub = min;
      trace.take('body', l.line, l.text, l.col);
      const titleStart = l.text.indexOf(m[3]!, m[1]!.length + m[2]!.length + 1);
      drafts.push({
        kind: 'heading',
        line: l.line,
        page: placeBlock(l.text.length - titleStart),
        level: 3,
        number: `${maj}.${min}`,
        text: { raw: l.text.slice(titleStart), parts: [{ line: l.line, start: 0 }] },
      });
    } else if (ROLE.test(l.text)) {
      signature = readSignature(l);
    } else if (isSubHeading(l.text)) {
      if (section === 0) fail(l, 'a sub-heading inside a numbered section');
      trace.take('body', l.line, l.text, l.col);
      drafts.push({ kind: 'heading', line: l.line, page: placeBlock(l.text.length), level: 4, text: newText(l) });
    } else if (section > 0) {
      // Outside a page break, a footnote-shaped or lower-case line means the cut paragraph
      // before it was lost.
      if (/^\d{1,3} \p{Lu}/u.test(l.text)) fail(l, 'a paragraph (a page footnote stands only after a paragraph cut by the page break)');
      if (/^\p{Ll}/u.test(l.text)) fail(l, 'a paragraph starting with a capital (a lower-case line continues a paragraph cut by a page break)');
      trace.take('body', l.line, l.text, l.col);
      const p = { kind: 'paragraph' as const, line: l.line, page: placeBlock(l.text.length), text: newText(l) };
      drafts.push(p);
      if (!endsSentence(l.text)) open = p;
    } else {
      fail(l, 'section 1 («  • 1. ») after the document head');
    }
  }

  function readSignature(roleLine: SrcLine): Draft & { kind: 'signature' } {
    trace.take('body', roleLine.line, roleLine.text, roleLine.col);
    const bullet = r.next('the initials of the signatory («  • W. »)');
    const im = INITIALS_BULLET.exec(bullet.text);
    if (!im) fail(bullet, 'the initials of the signatory («  • W. »)');
    const initials = im![1]!.trim();
    trace.take('body', bullet.line, initials, bullet.col + bullet.text.indexOf(initials));
    const name = r.next('the name of the signatory');
    if (!/^\p{Lu}[\p{L}' -]+$/u.test(name.text)) fail(name, 'the name of the signatory');
    trace.take('body', name.line, name.text, name.col);
    const sig = {
      kind: 'signature' as const,
      line: roleLine.line,
      page: placeBlock(roleLine.text.length + initials.length + name.text.length),
      role: roleLine.text.replace(/,$/, ''),
      name: `${initials} ${name.text}`,
    };
    drafts.push(sig);
    return sig;
  }

  if (section !== 6) fail(r.peek(), `the sections 1 to 6 before the signature (found up to ${section})`);

  // ---- after the signature: page footer, endnotes, site boilerplate ----
  while (r.peek() && (PAGE_FOOTER.test(r.peek()!.text) || PAGE_FOOTER_ISSN.test(r.peek()!.text))) {
    const l = r.next('');
    if (PAGE_FOOTER.test(l.text)) {
      trace.drop('wau-page-footer', l.line, l.text, l.col);
      pages = Number(/(\d+)$/.exec(l.text)![1]);
      // The signature (the signatory's office and name, printed as one) stands directly above it.
      if (signature && signature === drafts.at(-1)) signature.page ??= pages;
    } else trace.drop('wau-page-footer-issn', l.line, l.text, l.col);
  }
  const endnotes: DraftNote[] = [];
  while (r.peek() && !SITE_NUMBER.test(r.peek()!.text)) {
    const num = r.next('an endnote number');
    if (!/^\d+$/.test(num.text)) fail(num, `the number of endnote ${endnotes.length + 1}`);
    if (Number(num.text) !== endnotes.length + 1) fail(num, `endnote ${endnotes.length + 1}`);
    const text = r.next(`the text of endnote ${num.text}`);
    if (/^\d+$/.test(text.text) || SITE_NUMBER.test(text.text)) fail(text, `the text of endnote ${num.text}`);
    trace.take('noteLabels', num.line, num.text, num.col);
    trace.take('notes', text.line, text.text, text.col);
    endnotes.push({ id: `fn-${num.text}`, label: num.text, text: newText(text), line: text.line });
  }
  if (endnotes.length === 0) fail(r.peek(), 'the endnotes after the signature');
  while (r.peek()) {
    const l = r.next('');
    if (SITE_NUMBER.test(l.text)) trace.drop('wau-site-section-number', l.line, l.text, l.col);
    else if (SITE_LABEL.test(l.text)) trace.drop('wau-site-section-label', l.line, l.text, l.col);
    else if (SITE_BLURB.test(l.text)) trace.drop('wau-site-blurb', l.line, l.text, l.col);
    else fail(l, 'only the site boilerplate (Bijlagen, Meer informatie, Parlementaire Monitor and its notice) after the endnotes');
  }

  // ---- markers, inline runs, ids ----
  const markers = placeMarkers(file, drafts, notes, endnotes, ctx.reviewed.werkAanUitvoering.repeatedMarkers);
  const allNotes = [...notes, ...endnotes];
  const hyph = (n: number, t: string) => hyphenate(file, ctx, n, t);
  const blocks: Block[] = [];
  let para = 0;
  let current = '';
  drafts.forEach((d, bi) => {
    const pos = { line: d.line, ...(d.page ? { page: d.page } : {}) };
    let id: string;
    if (d.kind === 'heading') {
      if (d.number) current = d.number;
      id = headingId(d.number ? { number: d.number } : { section: current, text: d.text.raw });
      const content = toInlines(d.text, [], hyph);
      blocks.push({ id, kind: 'heading', level: d.level, ...(d.number ? { number: d.number } : {}), content, ...pos });
    } else if (d.kind === 'paragraph') {
      id = `p${++para}`;
      blocks.push({
        id,
        kind: 'paragraph',
        content: toInlines(
          d.text,
          markers.filter((m) => m.block === bi),
          hyph,
        ),
        ...pos,
      });
    } else {
      id = 'ondertekening';
      blocks.push({ id, kind: 'signature', content: [{ type: 'text', value: `${d.role},\n${d.name}` }], ...pos });
    }
  });
  const footnotes: Footnote[] = allNotes.map((n) => ({
    id: n.id,
    label: n.label,
    content: toInlines(n.text, [], hyph),
    line: n.line,
    ...(n.page ? { page: n.page } : {}),
    placed: true,
  }));

  const sig = drafts.find((d) => d.kind === 'signature') as Draft & { kind: 'signature' };
  meta.signatories = [{ role: sig.role, name: sig.name }];
  return { doc: { meta, front, blocks, footnotes, ...(pages ? { pages } : {}) }, trace };
}

function pageNote(label: string, text: RawText, line: number, page: number | undefined, block: number, offset: number): DraftNote {
  return { id: `pfn-${label}`, label, text, line, ...(page ? { page } : {}), at: { block, offset } };
}

/** Splits one line holding `count` footnote texts into its sentences; undefined when the count differs. */
function splitNoteTexts(text: string, count: number): string[] | undefined {
  const parts = text.split(/(?<=\.)\s+(?=\p{Lu})/u);
  return parts.length === count ? parts : undefined;
}

/**
 * Where `label` may stand as a marker glued to the text at `i`: directly after a
 * non-space character and not followed by a digit or letter. After a digit it is
 * accepted only behind a four-digit year («ten opzichte van 20196» = 2019 + 6).
 */
function isMarkerAt(raw: string, i: number, label: string): boolean {
  if (i <= 0 || !raw.startsWith(label, i)) return false;
  const before = raw[i - 1]!;
  const after = raw[i + label.length] ?? '';
  if (/\s/u.test(before) || /[\p{L}\p{N}]/u.test(after)) return false;
  if (/\d/.test(before)) return /(?:^|\D)(?:19|20)\d\d$/.test(raw.slice(0, i));
  return true;
}

/**
 * Places the footnote markers.
 *
 * - Page footnotes (`pfn-N`, printed below the body where a page break leaked in):
 *   their marker stands on the same page, before the note, so it is the last
 *   candidate for the label before the note's place. This decides the two «1»s of
 *   the first page: the page footnote 1 («Eindrapport onderzoek “Oordeel Burgers en
 *   Ondernemers over Overheidsdienstverlening 2020”») belongs to «gewaardeerd1» on
 *   page 1 — the survey of how government services are valued — and endnote 1
 *   («Kamerstuk 35 510, nr. 4», the cabinet response to the POK report) belongs to
 *   «kabinetsreactie1 op het rapport van de Parlementaire Ondervragingscommissie» at
 *   the top of page 2 (verified by reading). Likewise the page footnotes 32
 *   («www.naarhetiak.nl.») and 33 («Kamerstuk 35 510, nr. 4.») belong to
 *   «(IAK)32» and «invoeringstoets»33: the printed version numbered its footnotes
 *   1–40, the web page renumbered the 37 it turned into endnotes and left these
 *   three on the page (the other printed markers became endnote numbers).
 * - Endnotes 1…N: the marker of note n is the first candidate for «n» after the
 *   marker of note n−1, skipping markers already given to page footnotes.
 * - Reviewed repeated references (repeatedMarkers in content/reviewed/kst-29362-290.json).
 * Then any digits still glued to a word are a marker without a note: SourceError.
 */
function placeMarkers(
  file: string,
  drafts: Draft[],
  pageNotes: DraftNote[],
  endnotes: DraftNote[],
  repeated: Reviewed['werkAanUitvoering']['repeatedMarkers'],
): Marker[] {
  const texts = drafts.map((d) => (d.kind === 'paragraph' ? d.text.raw : ''));
  const markers: Marker[] = [];
  const taken = (block: number, i: number, len: number) => markers.some((m) => m.block === block && i < m.offset + m.label.length && m.offset < i + len);
  const lineOf = (block: number, offset: number): number => {
    const d = drafts[block]!;
    if (d.kind !== 'paragraph') return d.line;
    return [...d.text.parts].reverse().find((p) => p.start <= offset)!.line;
  };

  // Page footnotes, last label first, searching backwards from the note.
  const groups = new Map<string, DraftNote[]>();
  for (const n of pageNotes) {
    const key = `${n.at!.block}:${n.at!.offset}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  for (const group of groups.values()) {
    let { block, offset } = group[0]!.at!;
    for (const note of [...group].reverse()) {
      let found: Marker | undefined;
      for (let b = block; b >= 0 && !found; b--) {
        const raw = texts[b]!;
        for (let i = Math.min(b === block ? offset : raw.length, raw.length) - note.label.length; i > 0; i--) {
          if (isMarkerAt(raw, i, note.label) && !taken(b, i, note.label.length)) {
            found = { block: b, offset: i, label: note.label, note: note.id };
            break;
          }
        }
      }
      if (!found) {
        const to = lineOf(group[0]!.at!.block, group[0]!.at!.offset);
        const page = drafts[group[0]!.at!.block]?.page;
        const from = drafts.find((d) => d.page === page)?.line ?? 1;
        throw new SourceError(
          file,
          from,
          `a marker «${note.label}» for page footnote ${note.label} (${file}:${note.line}) on its page, in lines ${from}–${Math.max(to, note.line)}`,
          'none',
        );
      }
      markers.push(found);
      ({ block, offset } = found);
    }
  }

  // Endnotes, in order.
  let block = 0;
  let offset = 0;
  for (const note of endnotes) {
    let found: Marker | undefined;
    for (let b = block; b < texts.length && !found; b++) {
      const raw = texts[b]!;
      for (let i = b === block ? offset : 0; i < raw.length; i++) {
        if (isMarkerAt(raw, i, note.label) && !taken(b, i, note.label.length)) {
          found = { block: b, offset: i, label: note.label, note: note.id };
          break;
        }
      }
    }
    if (!found) {
      // The marker stood after the marker of the previous endnote and before the next one's.
      const after = markers.filter((m) => m.note.startsWith('fn-')).at(-1);
      const from = after ? lineOf(after.block, after.offset) : (drafts[0]?.line ?? 1);
      const nextLabel = String(Number(note.label) + 1);
      let to = drafts.at(-1)?.line ?? from;
      search: for (let b = block; b < texts.length; b++) {
        for (let i = b === block ? offset : 0; i < texts[b]!.length; i++) {
          if (isMarkerAt(texts[b]!, i, nextLabel) && !taken(b, i, nextLabel.length)) {
            to = lineOf(b, i);
            break search;
          }
        }
      }
      throw new SourceError(file, from, `a marker «${note.label}» for endnote ${note.label} (${file}:${note.line}), in lines ${from}–${to}`, 'none');
    }
    markers.push(found);
    block = found.block;
    offset = found.offset + found.label.length;
  }

  // Any other digits glued to a word or closing punctuation: a marker without a note.
  texts.forEach((raw, b) => {
    for (const m of raw.matchAll(/(?<=[\p{L}»”)\]]|[\p{L}»”)\]][.,;:!?])\d+(?![\p{L}\p{N}])/gu)) {
      const reviewedRepeat = repeated.some((r) => lineOf(b, m.index) === r.line && m[0] === r.label && raw.slice(0, m.index).endsWith(r.before));
      if (!taken(b, m.index, m[0].length) && !reviewedRepeat) {
        if (Number(m[0]) === endnotes.length + 1) {
          const last = endnotes.at(-1);
          throw new SourceError(
            file,
            last ? last.line + 1 : lineOf(b, m.index),
            `endnote ${m[0]} for the marker «${m[0]}» on line ${lineOf(b, m.index)} after the last endnote`,
            last ? 'the end of the endnotes' : 'no endnotes',
          );
        }
        throw new SourceError(file, lineOf(b, m.index), 'no footnote marker without a note', raw.slice(Math.max(0, m.index - 30), m.index + m[0].length));
      }
    }
  });
  // Reviewed repeated references.
  for (const rep of repeated) {
    const b = drafts.findIndex((d) => d.kind === 'paragraph' && d.text.parts.some((p) => p.line === rep.line));
    const raw = texts[b] ?? '';
    const at = raw.indexOf(rep.before + rep.label);
    const i = at + rep.before.length;
    if (b < 0 || at < 0 || raw.indexOf(rep.before + rep.label, at + 1) >= 0 || !isMarkerAt(raw, i, rep.label)) {
      throw new SourceError(file, rep.line, `the reviewed repeated marker «${rep.before}${rep.label}» once (content/reviewed/kst-29362-290.json)`);
    }
    const note = endnotes.find((n) => n.label === rep.label);
    if (!note) throw new SourceError(file, rep.line, `an endnote ${rep.label} for the repeated marker`);
    markers.push({ block: b, offset: i, label: rep.label, note: note.id });
  }

  return markers.sort((a, z) => a.block - z.block || a.offset - z.offset);
}

/** Passes every hyphenated word of a text through the hyphenator. */
function hyphenate(file: string, ctx: ParseContext, line: number, text: string): string {
  return text.replace(HYPHENATED_WORD_RE, (w) => ctx.hyphenator.inLine(file, line, w));
}

/** Raw text with its markers → inline runs: hyphenation per source line, whitespace collapsed. */
function toInlines(text: RawText, markers: Marker[], hyph: (line: number, t: string) => string): Inline[] {
  const runs: Inline[] = [];
  const pushText = (from: number, to: number) => {
    // Split at source-line starts so that each piece is hyphenated with its own line number.
    let value = '';
    for (let k = 0; k < text.parts.length; k++) {
      const p = text.parts[k]!;
      const end = text.parts[k + 1]?.start ?? text.raw.length;
      const a = Math.max(from, p.start);
      const z = Math.min(to, end);
      if (a < z) value += hyph(p.line, text.raw.slice(a, z));
    }
    value = value.replace(/\s+/gu, ' ');
    if (value) runs.push({ type: 'text', value });
  };
  // Markers and page breaks in text order (a page break before a marker at the same place).
  const events = [
    ...(text.breaks ?? []).map((b) => ({
      offset: b.offset,
      length: 0,
      run: (b.page !== undefined ? { type: 'pageBreak', page: b.page } : { type: 'pageBreak' }) as Inline,
    })),
    ...markers.map((m) => ({ offset: m.offset, length: m.label.length, run: { type: 'noteRef', note: m.note, label: m.label, source: m.label } as Inline })),
  ].sort((a, z) => a.offset - z.offset || a.length - z.length);
  let pos = 0;
  for (const e of events) {
    pushText(pos, e.offset);
    runs.push(e.run);
    pos = e.offset + e.length;
  }
  pushText(pos, text.raw.length);
  const first = runs[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = runs.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return runs.filter((x) => x.type !== 'text' || x.value.length > 0);
}

/**
 * Checks the reviewed metadata against the Kerngegevens and the document head.
 * Date, Kamerstuk number and vergaderjaar must agree (else SourceError); the other
 * fields are marked editorial unless the source confirms them.
 */
function checkMeta(file: string, meta: Meta, fields: Map<string, SrcLine>, head: SrcLine[]): Meta {
  const confirmed = new Set<string>();
  const value = (key: string) => {
    const l = fields.get(key)!;
    return { l, v: l.text.slice(key.length).trim() };
  };
  const mismatch = (l: SrcLine, expected: string): never => {
    throw new SourceError(file, l.line, expected, l.text);
  };

  const date = value('Documentdatum');
  const dm = /^(\d\d)-(\d\d)-(\d{4})$/.exec(date.v);
  if (!dm) mismatch(date.l, 'a Documentdatum dd-mm-yyyy');
  const iso = `${dm![3]}-${dm![2]}-${dm![1]}`;
  if (meta.date !== iso) mismatch(date.l, `the Documentdatum of content/documents.json (${meta.date ?? 'none'})`);
  confirmed.add('date');

  const dossier = meta.kamerstuk?.dossier.replace(/\s/g, '');
  const number = meta.kamerstuk?.number;
  const kenmerk = value('Kenmerk');
  if (kenmerk.v !== `${dossier}, nr. ${number}`) mismatch(kenmerk.l, `Kenmerk «${dossier}, nr. ${number}» (content/documents.json)`);
  const nummer = value('Nummer');
  if (nummer.v !== `KST${dossier}${number}`) mismatch(nummer.l, `Nummer «KST${dossier}${number}» (content/documents.json)`);

  const headLine = (re: RegExp, what: string): [SrcLine, RegExpExecArray] => {
    for (const l of head) {
      const m = re.exec(l.text);
      if (m) return [l, m];
    }
    throw new SourceError(file, head[0]?.line ?? 1, `${what} in the document head`);
  };
  const [vjLine, vj] = headLine(/^Vergaderjaar (\d{4}-\d{4})$/, 'the line «Vergaderjaar yyyy-yyyy»');
  if (vj[1] !== meta.vergaderjaar) mismatch(vjLine, `vergaderjaar ${meta.vergaderjaar ?? 'none'} (content/documents.json)`);
  confirmed.add('vergaderjaar');
  const [dLine] = headLine(/^\d{2} \d{3}$/, 'the dossier number');
  if (dLine.text !== meta.kamerstuk?.dossier) mismatch(dLine, `dossier ${meta.kamerstuk?.dossier} (content/documents.json)`);
  const [nrLine, nr] = headLine(/^Nr\. (\d+)\s+(.*)$/u, 'the line «Nr. N BRIEF VAN …»');
  if (nr[1] !== number) mismatch(nrLine, `Nr. ${number} (content/documents.json)`);
  confirmed.add('kamerstuk');
  if (meta.citation === `Kamerstuk ${dLine.text}, nr. ${nr[1]}`) confirmed.add('citation');

  const [place] = headLine(/Den Haag, (\d{1,2}) (\p{L}+) (\d{4})$/u, 'the place and date «Den Haag, d maand yyyy»');
  const pm = /Den Haag, (\d{1,2}) (\p{L}+) (\d{4})$/u.exec(place.text)!;
  const headIso = dutchDate(pm[1]!, pm[2]!, pm[3]!);
  if (headIso !== iso) mismatch(place, `the date of the Documentdatum (${iso})`);

  // Officiële titel: «<dossier title>; Brief regering; <title>».
  const title = value('Officiële titel').v.split('; ');
  if (title.includes(meta.title)) confirmed.add('title');
  const dossierLine = head[head.indexOf(dLine) + 1];
  if (meta.dossierTitle && title[0] === meta.dossierTitle && dossierLine?.text === meta.dossierTitle) confirmed.add('dossierTitle');
  // «BRIEF VAN DE MINISTER VAN … EN» / «WERKGELEGENHEID»: sender over two lines.
  const from = [nr[2]!, ...head.slice(head.indexOf(nrLine) + 1, -1).map((l) => l.text)].join(' ');
  const fm = /^BRIEF VAN DE (.*)$/u.exec(from);
  if (fm && meta.docType === 'Brief') confirmed.add('docType');
  if (fm && fm[1]!.toLowerCase() === meta.sender.toLowerCase()) confirmed.add('sender');

  const candidates = ['citation', 'title', 'shortTitle', 'dossierTitle', 'docType', 'date', 'sender', 'vergaderjaar', 'officialUrl', 'kamerstuk'] as const;
  const editorialFields = candidates.filter((f) => meta[f] !== undefined && !confirmed.has(f));
  return { ...meta, editorialFields, signatories: [] };
}

/** The model's text per trace stream, in the order the parser takes it. */
export function modelStreams(doc: Letter): Record<string, string[]> {
  return {
    front: doc.front.map((f) => f.text),
    body: doc.blocks.map((b) => {
      if (b.kind === 'heading') return (b.number ?? '') + ' ' + inlinesSourceText(b.content);
      if (b.kind === 'list') return b.items.map((i) => inlinesSourceText(i.content)).join(' ');
      return inlinesSourceText(b.content);
    }),
    notes: doc.footnotes.map((f) => inlinesSourceText(f.content)),
    noteLabels: doc.footnotes.map((f) => f.label),
  };
}
