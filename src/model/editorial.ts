/**
 * Every editorial decision of the edition, with its reason, in one list: what «Over deze
 * uitgave» shows. Pure; reads only the validated corpus (and, where given, the hyphenation
 * decisions the ingest logs in content/generated/editorial.json).
 */
import { ANNEX_ID, LETTER_ID, LISTS_ID } from './registry.ts';
import type { Corpus, EditorialNote, Meta } from './schema.ts';
import type { DocId } from './routes.ts';
import { metaById } from './corpus.ts';

export type DecisionKind =
  /** A repair of damaged source text (content/corrections, kind repair). */
  | 'repair'
  /** Words added by the edition, marked in the text (content/corrections, kind insertion). */
  | 'insertion'
  /** An error of the original, kept and marked [sic] (content/corrections, kind sic). */
  | 'sic'
  /** A hyphen joined or kept (content/hyphenation, or the corpus evidence). */
  | 'hyphenation'
  /** A metadata field that comes from content/documents.json, not from the source. */
  | 'metadata'
  /** Annex sections placed under a letter theme (content/themes.json). */
  | 'theme'
  /** A paragraph of the letter and the actions it speaks of (content/letter-actions.json). */
  | 'letter-actions'
  /** A reference without a number resolved, or deliberately left (content/references.json). */
  | 'reference'
  /** A statement of the edition shown beside the text (content/editorial-notes.json). */
  | 'note'
  /** Actions shown together as «zie ook» (content/see-also.json). */
  | 'see-also'
  /** A short title of an action or recommendation (content/titles.json). */
  | 'title'
  /** An official address for affected parents, checked on an official page (content/help.json). */
  | 'help'
  /** A later official document on a theme's actions, checked in an official listing (content/vervolg.json). */
  | 'follow-up'
  /** Any other reviewed decision (content/decisions.json). */
  | 'decision';

export interface EditorialDecision {
  kind: DecisionKind;
  /** Stable id within its kind. */
  id: string;
  /** The document concerned; absent for decisions about the whole edition. */
  document?: DocId;
  /** Where, in words: «regel 106», «alinea p18», «actie 35», «titel». */
  where: string;
  /** What was decided, in one line (Dutch). */
  summary: string;
  reason: string;
}

/** The hyphenation decisions as the ingest logs them (content/generated/editorial.json). */
export interface LoggedHyphenation {
  file: string;
  line: number;
  source: string;
  result: string;
  decision: 'join' | 'keep';
  reason: string;
}

const FIELD_NAMES: Record<string, string> = {
  citation: 'citeertitel',
  kamerstuk: 'Kamerstuknummer',
  title: 'titel',
  shortTitle: 'korte titel',
  dossierTitle: 'titel van het dossier',
  docType: 'soort document',
  date: 'datum',
  sender: 'afzender',
  signatories: 'ondertekenaars',
  vergaderjaar: 'vergaderjaar',
  officialUrl: 'adres van de officiële publicatie',
};

const HYPHEN_REASONS: Record<string, string> = {
  corpus: 'het woord staat elders in de bronnen aaneen',
  'reviewed-join': 'beoordeeld: samenvoegen',
  'reviewed-keep': 'beoordeeld: het streepje blijft',
  'attested-hyphen': 'het woord staat elders in de bronnen met streepje',
  'suspended-compound': 'weglatingsstreepje («wet- en regelgeving»)',
  capital: 'hoofdletter of cijfer na het streepje',
};

/** The file names in seeds/ of each document, to place a correction. */
function documentOfFile(metas: Record<DocId, Meta>, file: string): DocId | undefined {
  return (Object.keys(metas) as DocId[]).find((id) => metas[id].sources.includes(file));
}

function noteWhere(n: EditorialNote): string {
  const t = n.target;
  if ('block' in t) return t.block === 'ondertekening' ? 'ondertekening' : `alinea ${t.block}`;
  if ('action' in t) return `actie ${t.action}, ${t.part === 'status' ? 'stand van zaken' : 'omschrijving'}`;
  return `noten ${t.footnotes.join(', ')}`;
}

/**
 * Every editorial decision with its reason, grouped by kind in a fixed order: corrections
 * (repair, insertion, sic), hyphenation (if given), metadata, themes, the letter ↔ action
 * mapping, references, notes, «zie ook» groups, other decisions.
 */
export function editorialDecisions(corpus: Corpus, hyphenation: readonly LoggedHyphenation[] = []): EditorialDecision[] {
  const metas = metaById(corpus);
  const out: EditorialDecision[] = [];
  for (const kind of ['repair', 'insertion', 'sic'] as const) {
    for (const c of corpus.corrections.filter((x) => x.kind === kind)) {
      const summary =
        kind === 'repair'
          ? `«${c.original}» → «${c.repair}»`
          : kind === 'insertion'
            ? `«${c.original}» → «${c.repair}» (toegevoegd, gemarkeerd)`
            : `«${c.original}» blijft staan met [sic]; bedoeld: «${c.repair}»`;
      out.push({ kind, id: c.id, document: documentOfFile(metas, c.file), where: `${c.file}, regel ${c.line}`, summary, reason: c.reason });
    }
  }
  for (const h of hyphenation) {
    out.push({
      kind: 'hyphenation',
      id: `${h.file}:${h.line}:${h.source}`,
      document: documentOfFile(metas, h.file),
      where: `${h.file}, regel ${h.line}`,
      summary: `«${h.source}» → «${h.result}»`,
      reason: HYPHEN_REASONS[h.reason] ?? h.reason,
    });
  }
  for (const id of Object.keys(metas) as DocId[]) {
    for (const f of metas[id].editorialFields) {
      out.push({
        kind: 'metadata',
        id: `${id}-${f}`,
        document: id,
        where: FIELD_NAMES[f] ?? f,
        summary: `${FIELD_NAMES[f] ?? f}: uit de metadata van de redactie (content/documents.json)${metas[id].fieldSources?.[f] ? `, nagegaan in de officiële registratie: ${metas[id].fieldSources![f]}` : ''}`,
        reason:
          'De bron geeft dit gegeven niet of niet in deze vorm; de redactie heeft het uit de officiële publicatie overgenomen. Op de site is het gemarkeerd als redactioneel.',
      });
    }
  }
  for (const t of corpus.themes) {
    out.push({
      kind: 'theme',
      id: t.slug,
      document: ANNEX_ID,
      where: `thema ${t.number}`,
      summary: `${t.annexSections.join(', ')} → thema ${t.number} «${t.title}» (als de brief de actie niet bespreekt)`,
      reason: t.reason,
    });
  }
  for (const e of corpus.letterActions) {
    const parts = [
      e.discusses.length ? `bespreekt ${e.discusses.map((n) => `actie ${n}`).join(', ')}` : '',
      e.mentions.length ? `noemt ${e.mentions.map((n) => `actie ${n}`).join(', ')}` : '',
    ].filter(Boolean);
    out.push({
      kind: 'letter-actions',
      id: e.block,
      document: LETTER_ID,
      where: `alinea ${e.block}`,
      summary: parts.length ? parts.join('; ') : 'geen actie',
      reason: e.reason,
    });
  }
  for (const r of corpus.namedReferences) {
    const t = r.target;
    const meant = !t
      ? 'niet gekoppeld'
      : t.kind === 'motion' || t.kind === 'kamerstuk'
        ? `gekoppeld aan Kamerstuk ${t.dossier}, nr. ${t.number}`
        : t.kind === 'action'
          ? `gekoppeld aan actie ${t.number}`
          : 'gekoppeld aan de bijlage';
    out.push({
      kind: 'reference',
      id: r.id,
      document: r.document,
      where: r.action ? `actie ${r.action}` : metas[r.document].shortTitle,
      summary: `«${r.text}»: ${meant}`,
      reason: r.reason,
    });
  }
  for (const n of corpus.editorialNotes) {
    out.push({ kind: 'note', id: n.id, document: n.document, where: noteWhere(n), summary: n.text, reason: n.reason });
  }
  for (const g of corpus.seeAlso) {
    out.push({
      kind: 'see-also',
      id: g.id,
      document: ANNEX_ID,
      where: g.actions.map((n) => `actie ${n}`).join(', '),
      summary: `«Zie ook»: ${g.subject}`,
      reason: g.reason,
    });
  }
  const titleGroups = [
    ['actions', ANNEX_ID, 'actie', 'actie'],
    ['rrActions', LISTS_ID, 'rr-actie', 'actie'],
    ['rrRecommendations', LISTS_ID, 'rr-aanbeveling', 'aanbeveling'],
  ] as const;
  for (const [kind, document, prefix, word] of titleGroups) {
    for (const e of corpus.titles[kind]) {
      out.push({
        kind: 'title',
        id: `${prefix}-${e.number}`,
        document,
        where: `${word} ${e.number}`,
        summary: `«${e.title}»${e.editorial ? '' : ' (letterlijk uit de bron)'}`,
        reason:
          e.note ??
          (e.editorial
            ? 'De bron geeft geen titel; de redactie vat de tekst samen in gewone woorden, heel en zonder «…».'
            : 'De bron zegt het zelf kort genoeg: haar eigen woorden.'),
      });
    }
  }
  for (const l of corpus.help.links) {
    out.push({ kind: 'help', id: l.id, where: l.name, summary: `${l.url}: ${l.text}`, reason: `Gecontroleerd op ${l.verified} op ${l.source}. ${l.note}` });
  }
  for (const f of corpus.followUp) {
    out.push({
      kind: 'follow-up',
      id: `${f.dossier.replace(/\s+/g, '')}-${f.number}`,
      where: `thema ${f.theme}`,
      summary: `Kamerstuk ${f.dossier}, nr. ${f.number} (${f.date}): «${f.title}»`,
      reason: `Gecontroleerd op ${f.source.checked} in ${f.source.url}: ${f.source.what}`,
    });
  }
  for (const d of corpus.decisions) {
    const items = (d.items ?? []).map((i) => `${i.where}: «${i.quote}» (${i.note})`);
    out.push({
      kind: 'decision',
      id: d.id,
      ...(d.document ? { document: d.document } : {}),
      where: d.subject,
      summary: items.length ? `${d.decision} Niet gemarkeerd: ${items.join('; ')}.` : d.decision,
      reason: d.reason,
    });
  }
  return out;
}

/** Whether a metadata field of a document comes from the edition (show it marked «redactioneel»). */
export function isEditorialField(meta: Pick<Meta, 'editorialFields'>, field: keyof Meta): boolean {
  return meta.editorialFields.includes(field);
}

/** The editorial notes about a block of a document (e.g. 282's signature). */
export function notesOnBlock(corpus: Pick<Corpus, 'editorialNotes'>, document: DocId, block: string): EditorialNote[] {
  return corpus.editorialNotes.filter((n) => n.document === document && 'block' in n.target && n.target.block === block);
}

/** The «zie ook» groups an action belongs to. */
export function seeAlsoOf(corpus: Pick<Corpus, 'seeAlso'>, action: number): Corpus['seeAlso'] {
  return corpus.seeAlso.filter((g) => g.actions.includes(action));
}

/** The editorial note about one part of an action (action 4's empty status). */
export function noteOnAction(corpus: Pick<Corpus, 'editorialNotes'>, action: number, part: 'description' | 'status'): EditorialNote | undefined {
  return corpus.editorialNotes.find((n) => n.document === ANNEX_ID && 'action' in n.target && n.target.action === action && n.target.part === part);
}
