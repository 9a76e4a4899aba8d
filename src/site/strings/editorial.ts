/** The edition's own statements: editorial notes and decisions, letter ↔ actions, citations between documents. Part of the interface strings (src/site/strings.ts). */
import type { Footnote } from '../../model/schema.ts';

export const editorial = {
  editorialNoteLabel: 'Noot van de redactie',
  footnotePlacement: { page: 'paginanoot', end: 'eindnoot' } satisfies Record<NonNullable<Footnote['placement']>, string>,
  letterDiscussesAction: 'De brief bespreekt deze actie in',
  letterMentionsAction: 'De brief noemt deze actie in',
  paragraphDiscusses: 'Deze alinea bespreekt',
  paragraphActionsLabel: 'Acties uit de bijlage bij deze alinea',
  paragraphMentions: 'Deze alinea noemt',
  themeFromLetter: 'Thema volgens de paragraaf van de brief die de actie bespreekt.',
  themeFromAnnex: 'Thema volgens de redactionele indeling van de bijlage: de brief bespreekt deze actie niet.',
  /** An action of «OVERIG»: no theme, and why. */
  themeNone: 'De brief bespreekt deze actie niet, en in de redactionele indeling hoort het onderdeel «OVERIG» bij geen thema.',
  letterParagraph: (id: string) => `alinea ${id.replace(/^p/, '')}`,
  signatureName: 'de ondertekening',
  editorialChoiceTitle: 'Een keuze of opmerking van de redactie; de reden staat op «Over deze uitgave».',
  decisionWhere: 'Waar',
  decisionWhat: 'Beslissing',
  decisionWhy: 'Reden',
  decisionKind: {
    repair: 'Herstelde schade',
    insertion: 'Toevoegingen',
    sic: 'Fouten in het origineel [sic]',
    hyphenation: 'Afbrekingen',
    metadata: 'Gegevens uit de metadata van de redactie',
    theme: 'Indeling van de bijlage in thema’s',
    'letter-actions': 'Welke alinea van de brief over welke actie gaat',
    reference: 'Verwijzingen zonder nummer',
    note: 'Noten van de redactie',
    'see-also': '«Zie ook» bij acties',
    title: 'Korte titels van acties en aanbevelingen',
    help: 'Adressen voor hulp aan gedupeerde ouders («Bent u gedupeerde ouder?»)',
    'follow-up': 'Latere officiële stukken per thema («Wat gebeurde er daarna?»)',
    decision: 'Overige beslissingen',
  },
} as const;
