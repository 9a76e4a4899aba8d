/** The actions: the annex's 86, the table and its filters, the status and its date, those of «Regels en ruimte». Part of the interface strings (src/site/strings.ts). */
import { DOCUMENTS_WORD } from './counts.ts';

export const actions = {
  action: (n: number) => `Actie ${n}`,
  actionsTitle: 'De 86 vervolgacties',
  actionsIntro: 'De bijlage bij Kamerstuk 35 510, nr. 60, de brief van 29 juni 2021, geeft per actie de omschrijving en een stand van zaken.',
  description: 'Omschrijving',
  status: 'Stand van zaken',
  noStatus: 'De bijlage geeft voor deze actie geen stand van zaken.',
  actionGroupings: 'Plaats in de bijlage en de brief',
  annexSection: 'Onderdeel in de bijlage',
  letterTheme: 'Thema in de brief',
  noTheme: 'Geen: de actie staat in het onderdeel «OVERIG» van de bijlage.',
  groupings: 'Indeling',
  groupingsNote: 'De brief en de bijlage delen de acties verschillend in. De koppeling tussen beide is een redactionele keuze; zie',
  motions: 'Genoemde moties',
  motionsNote: 'De moties die deze actie noemt. Moties uit het debat van 19 januari 2021 zijn genummerd in dossier 35 510.',
  /** After a motion the text names without a number: the edition says which it is (content/references.json). */
  resolvedByEdition: 'nummer vastgesteld door de redactie',
  /** «Kamerstuk 35 510, nr. 16» from a dossier without spaces («35510»). */
  motionLabel: (dossier: string, n: string) => `Kamerstuk ${dossier.replace(/^(\d+)(\d{3})$/, '$1 $2')}, nr. ${n}`,
  references: 'Verwijzingen',
  seeAlso: 'Zie ook',
  seeAlsoNote: 'Acties over hetzelfde onderwerp. De bijlage zet ze niet bij elkaar; dat doet de redactie van deze uitgave.',
  letterPassage: 'Wat de brief over dit thema zegt',
  letterPassageLink: (n: number, title: string) => `Lees paragraaf ${n}. ${title} in de brief`,
  letterPassageShow: 'Toon de tekst van de brief bij dit thema',
  previous: 'Vorige',
  next: 'Volgende',
  prevNext: 'Vorige en volgende actie',
  /** The official form of a Kamerstuk citation (Aanwijzingen voor de regelgeving, 3.43). */
  officialCitation: (vergaderjaar: string | undefined, dossier: string, number: string) =>
    `Kamerstukken II${vergaderjaar ? ` ${vergaderjaar.replace(/^(\d{4})-\d{2}(\d{2})$/, '$1/$2')},` : ''} ${dossier}, nr. ${number}`,
  annexCitation: (letter: string) => `Bijlage bij ${letter}`,
  /** A page title made of its label and its subject: «Actie 41 — Invorderingsstrategie …». */
  titled: (label: string, subject: string) => (subject ? `${label} — ${subject}` : label),
  /** Downloads beside the annex table. */
  tableDownloads: 'Deze tabel downloaden:',
  tableDownloadExcel: 'voor Excel of LibreOffice (CSV met puntkomma’s)',
  tableDownloadCsv: 'CSV met komma’s',
  tableDownloadJson: 'JSON',
  tableDownloadMore: 'alle open data',
  tableCaption: 'Alle 86 acties uit de bijlage',
  colNumber: 'Nr.',
  colDescription: 'Titel',
  colStatus: (date: string) => `Stand van zaken (bijlage bij de brief van ${date})`,
  /** The label of a status cell of the table on a phone, and before a theme's short status. */
  statusLabel: (date: string) => `Stand van zaken (bijlage bij de brief van ${date})`,
  noStatusShort: 'geen stand van zaken',
  statusMore: 'Toon alles',
  tablePrintNote: '(De hele stand van zaken van elke actie staat op de pagina van die actie.)',
  statusLess: 'Toon minder',
  /** The name of a status button: its visible words first (WCAG 2.5.3), then what it opens. */
  statusToggle: (label: string, n: number) => `${label}: stand van zaken van actie ${n}`,
  filterLoading: 'De standen van zaken worden geladen…',
  filterTextStatus: 'Tekst in omschrijving of stand van zaken',
  colSection: 'Onderdeel bijlage',
  colTheme: 'Thema brief',
  filterLegend: 'Filter de acties',
  filterTheme: 'Thema',
  filterSection: 'Onderdeel',
  filterAll: 'Alle',
  filterNone: 'Geen thema',
  /** Filled in by the table's script: {shown} and {total}. */
  filterCountTemplate: '{shown} van {total} acties getoond',
  filterReset: 'Wis filters',
  filterNoneFound:
    'Probeer één woord, een ander woord, of «of» tussen twee woorden (bijvoorbeeld «schulden of kwijtschelding»); of wis het thema of onderdeel.',
  sections: 'Onderdelen van de bijlage',
  intro: 'Inleiding',

  rrActions: 'Overzicht acties',
  rrAction: (n: number) => `Actie ${n} uit «Regels en ruimte»`,
  rrActionShort: (n: number) => `Actie ${n}`,
  rrRecommendation: (n: number) => `Aanbeveling ${n}`,
  rrRecommendations: 'Reactie op de concrete aanbevelingen',
  rrRecommendationText: 'Aanbeveling',
  rrReaction: 'Reactie van het kabinet',
  rrCluster: 'Cluster',
  rrNumberRestored: 'Het nummer van deze actie is in de scan verloren gegaan en door de redactie hersteld uit de volgorde van de lijst.',
  inDocument: 'In het document',

  /** What a status of the annex is, in words the source supports: the annex does not date each status. */
  statusAsOf: (date: string) => `Stand van zaken zoals beschreven in de bijlage bij de brief van ${date}`,
  statusDateTitle: 'Hoe oud is een stand van zaken?',
  statusDateText: (date: string) =>
    `Elke «stand van zaken» op deze site is de tekst van de bijlage bij de brief van ${date}. Wanneer elke stand van zaken is geschreven, zegt de bijlage niet. Wat er daarna gebeurde, staat niet in deze ${DOCUMENTS_WORD} stukken; bij elk thema noemt «Wat gebeurde er daarna?» latere officiële stukken.`,
  statusUndated: 'Wanneer elke stand is geschreven, zegt de bijlage niet.',
  statusLaterLink: 'Wat gebeurde er daarna?',
  statusDateLater: 'Latere brieven en voortgangsrapportages staan in de Kamerstukdossiers',
  statusDateLaterShort: 'Latere brieven: Kamerstukdossiers',
  statusDateDossier: (dossier: string, title: string) => `${dossier} (${title})`,
  statusDateWhere: 'op officielebekendmakingen.nl.',
} as const;
