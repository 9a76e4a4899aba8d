/**
 * Every reader-facing interface string, in Dutch, in one place.
 * Plain data and small functions only: this module is also imported by the
 * ingest script (node --experimental-strip-types), so no TypeScript-only syntax.
 */
export const t = {
  siteName: 'Herstel kinderopvangtoeslag — de brieven',
  siteTagline: 'Leesomgeving voor de kabinetsbrieven over de vervolgacties na de kinderopvangtoeslagaffaire',
  skipLink: 'Direct naar de inhoud',
  home: 'Home',

  // search
  searchLabel: 'Zoeken',
  searchPlaceholder: 'Zoek in de brieven en acties',
  searchButton: 'Zoek',
  searchHint: 'Toets / om te zoeken',
  searchTitle: 'Zoeken',
  searchIntro: 'Zoek in de vier documenten, de 86 acties en de voetnoten.',
  searchNoScript:
    'Zoeken werkt met JavaScript. Zonder JavaScript kunt u de pagina’s lezen via het overzicht van documenten en acties.',
  pagefind: {
    placeholder: 'Zoek in de brieven en acties',
    clear_search: 'Wissen',
    load_more: 'Meer resultaten laden',
    search_label: 'Zoek op deze site',
    filters_label: 'Filters',
    zero_results: 'Geen resultaten voor [SEARCH_TERM]',
    many_results: '[COUNT] resultaten voor [SEARCH_TERM]',
    one_result: '[COUNT] resultaat voor [SEARCH_TERM]',
    alt_search: 'Geen resultaten voor [SEARCH_TERM]. In plaats daarvan resultaten voor [DIFFERENT_TERM]',
    search_suggestion: 'Geen resultaten voor [SEARCH_TERM]. Probeer een van de volgende zoekopdrachten:',
    searching: 'Zoeken naar [SEARCH_TERM]…',
  },

  // navigation
  nav: 'Hoofdnavigatie',
  navDocuments: 'Documenten',
  navActions: 'Acties',
  navThemes: 'Thema’s',
  navAbbreviations: 'Afkortingen',
  navAbout: 'Over deze uitgave',
  navData: 'Data',
  breadcrumbs: 'Kruimelpad',
  footerNote: 'Onofficiële leesuitgave. De officiële tekst staat op officielebekendmakingen.nl.',

  // inline rendering
  externalLink: '(externe link)',
  footnoteRef: (label: string) => `Voetnoot ${label}`,
  backToRef: (label: string) => `Terug naar verwijzing ${label} in de tekst`,
  editorialTitle: (reason: string) => `Toegevoegd door de redactie: ${reason}`,
  editorialNote: 'toegevoegd door de redactie',
  sic: '[sic]',
  sicTitle: (reason: string) => `Zo staat het in het origineel: ${reason}`,
  pageLabel: (n: number) => `p. ${n}`,
  pageTitle: (n: number) => `Pagina ${n} van het origineel`,
  headingLink: 'Link naar dit kopje',
  paragraphLink: 'Link naar deze alinea',
  footnotes: 'Voetnoten',
  footnoteSourceLabel: (label: string) => `[in de scan: ${label}] `,
  footnoteSourceLabelTitle: 'Zo staat het nummer van deze voetnoot in de gescande tekst; het nummer ervoor is het juiste.',
  footnoteUnplaced: 'De plaats van deze voetnoot in de tekst is in de scan verloren gegaan.',

  // document page
  keyFacts: 'Kerngegevens',
  fact: {
    citation: 'Kamerstuk',
    docType: 'Soort document',
    dossier: 'Dossier',
    date: 'Datum',
    sender: 'Afzender',
    signatories: 'Ondertekend door',
    vergaderjaar: 'Vergaderjaar',
    officialUrl: 'Officiële publicatie',
    sources: 'Bronbestand',
    pages: 'Pagina’s in het origineel',
  },
  editorialField: 'redactioneel',
  editorialFieldTitle: 'Dit gegeven komt uit de gecontroleerde metadata van deze uitgave, niet uit de brontekst.',
  front: 'Kop van het document',
  toc: 'Inhoud',
  text: 'Tekst',
  officialLinkText: 'Bekijk op officielebekendmakingen.nl',

  // actions
  action: (n: number) => `Actie ${n}`,
  actionsTitle: 'De 86 vervolgacties',
  actionsIntro:
    'De bijlage bij Kamerstuk 35 510, nr. 60 geeft per actie de omschrijving en de stand van zaken op 29 juni 2021.',
  description: 'Omschrijving',
  status: 'Stand van zaken',
  noStatus: 'De bijlage geeft voor deze actie geen stand van zaken.',
  annexSection: 'Onderdeel in de bijlage',
  letterTheme: 'Thema in de brief',
  noTheme: 'Geen thema in de brief (onderdeel «OVERIG» van de bijlage).',
  groupings: 'Indeling',
  groupingsNote: 'De brief en de bijlage delen de acties verschillend in. De koppeling tussen beide is een redactionele keuze; zie',
  motions: 'Genoemde moties',
  motionsNote: 'Moties uit het debat van 19 januari 2021, Kamerstuk 35 510.',
  motionLabel: (n: string) => `Kamerstuk 35 510, nr. ${n}`,
  references: 'Verwijzingen',
  cites: 'Deze actie verwijst naar',
  citedBy: 'Naar deze actie wordt verwezen door',
  letterPassage: 'Wat de brief over dit thema zegt',
  letterPassageLink: (n: number, title: string) => `Lees paragraaf ${n}. ${title} in de brief`,
  letterPassageShow: 'Toon de tekst van de brief bij dit thema',
  previous: 'Vorige',
  next: 'Volgende',
  prevNext: 'Vorige en volgende actie',
  cite: 'Citeer deze actie',
  citePermalink: 'Vaste link',
  citeText: 'Bronvermelding',
  citeAction: (n: number) => `Bijlage bij Kamerstuk 35 510, nr. 60, actie ${n}`,
  copy: 'Kopieer',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet; selecteer de tekst zelf.',

  // table
  tableCaption: 'Alle 86 acties uit de bijlage',
  colNumber: 'Nr.',
  colDescription: 'Omschrijving',
  colSection: 'Onderdeel bijlage',
  colTheme: 'Thema brief',
  filterLegend: 'Filter de acties',
  filterTheme: 'Thema',
  filterSection: 'Onderdeel',
  filterText: 'Tekst',
  filterAll: 'Alle',
  filterNone: 'Geen thema',
  /** Filled in by the table's script: {shown} and {total}. */
  filterCountTemplate: '{shown} van {total} acties getoond',
  filterReset: 'Wis filters',
  sections: 'Onderdelen van de bijlage',
  intro: 'Inleiding',

  // themes
  themesTitle: 'Thema’s',
  themesIntro:
    'De brief van 29 juni 2021 beschrijft de stand van zaken in zes thema’s. Per thema: de tekst van de brief en de acties uit de bijlage.',
  theme: (n: number, title: string) => `${n}. ${title}`,
  themeActions: (n: number) => (n === 1 ? '1 actie' : `${n} acties`),
  themeLetterText: 'De tekst van de brief',
  themeActionsTitle: 'De acties bij dit thema',
  themesUnthemed: (n: number) => `${n === 1 ? '1 actie hoort' : `${n} acties horen`} bij geen thema (onderdeel «OVERIG» van de bijlage).`,
  themeMapping: 'Waarom deze acties bij dit thema horen',
  themeLetterSource: 'Paragraaf uit Kamerstuk 35 510, nr. 60',
  themeMappingText: (sections: readonly string[], actions: readonly number[]) =>
    `Bij dit thema horen de acties uit ${sections.length === 1 ? 'het onderdeel' : 'de onderdelen'} ${sections
      .map((s) => `«${s}»`)
      .join(' en ')} van de bijlage${actions.length ? `, en daarnaast de acties ${actions.join(', ')}` : ''}. Deze koppeling is een keuze van de redactie.`,

  // regels en ruimte
  rrActions: 'Overzicht acties',
  rrAction: (n: number) => `Actie ${n} uit «Regels en ruimte»`,
  rrActionShort: (n: number) => `Actie ${n}`,
  rrRecommendation: (n: number) => `Aanbeveling ${n}`,
  rrRecommendations: 'Reactie op de concrete aanbevelingen',
  rrRecommendationText: 'Aanbeveling',
  rrReaction: 'Reactie van het kabinet',
  rrCluster: 'Cluster',
  rrNumberRestored:
    'Het nummer van deze actie is in de scan verloren gegaan en door de redactie hersteld uit de volgorde van de lijst.',
  inDocument: 'In het document',

  // home
  homeTitle: 'De brieven over de vervolgacties na «Ongekend onrecht»',
  homeLead: 'Wat is dit?',
  homeLeadAfter:
    'Deze site maakt vier kabinetsstukken leesbaar en doorzoekbaar: de brief, de bijlage met 86 acties en twee brieven over de publieke dienstverlening waar de brief naar verwijst.',
  homeQuoteSource: 'Uit Kamerstuk 35 510, nr. 60',
  homeThemes: 'De zes thema’s',
  homeDocuments: 'De vier documenten',
  homeSearch: 'Zoeken',

  // documents list
  documentsTitle: 'Documenten',

  // abbreviations
  abbrTitle: 'Afkortingen',
  abbrIntro:
    'Afkortingen uit de vier documenten. Waar een document een afkorting zelf uitschrijft, staat die uitleg hier met een link naar de plaats; de overige zijn door de redactie aangevuld.',
  abbrTerm: 'Afkorting',
  abbrExpansion: 'Betekenis',
  abbrSource: 'Bron',
  abbrFromText: 'uit de tekst',
  abbrEditorial: 'redactie',

  // about
  aboutTitle: 'Over deze uitgave',
  aboutIntro:
    'Deze uitgave is een leesomgeving voor vier openbare kabinetsstukken. Ze is gemaakt uit de tekstbestanden hieronder; elke wijziging van de tekst is een redactionele keuze en staat op deze pagina.',
  aboutSources: 'De bronnen',
  aboutSourcesIntro: 'De bestanden zoals ontvangen, met hun SHA-256-controlegetal.',
  aboutFile: 'Bestand',
  aboutReceived: 'Ontvangen als',
  aboutBytes: 'Bytes',
  aboutHow: 'Hoe de pagina’s gemaakt worden',
  aboutHowText: [
    'Een script leest de bronbestanden, past de gecontroleerde correcties toe (op één plaats), herstelt afgebroken woorden alleen op grond van bewijs, en zet de tekst om in één documentmodel. Dat model wordt gecontroleerd voordat er een pagina gemaakt wordt: een beschadigde bron laat de bouw stoppen in plaats van een kortere pagina op te leveren.',
    'Uit het model worden de pagina’s gemaakt: een per document, per thema en per actie. Verwijzingen naar andere Kamerstukken worden links: naar een pagina op deze site als het stuk hier staat, anders naar officielebekendmakingen.nl. Tekst die niet in de bron staat, is gemarkeerd als toevoeging van de redactie. Fouten die in het origineel zelf staan, zijn niet verbeterd maar gemarkeerd met [sic].',
  ],
  aboutCorrections: 'Correcties',
  aboutCorrectionsIntro: 'Elke correctie op de brontekst: het origineel, de herstelde tekst, de reden en de plaats in het bronbestand.',
  aboutNoCorrections: 'Er zijn geen correcties toegepast.',
  corrOriginal: 'Origineel',
  corrRepair: 'Hersteld',
  corrReason: 'Reden',
  corrPlace: 'Plaats',
  corrUnchanged: 'ongewijzigd, gemarkeerd',
  corrKind: { repair: 'herstel', insertion: 'toevoeging', sic: '[sic]' } as Record<string, string>,
  aboutFurniture: 'Weggelaten paginaonderdelen',
  aboutFurnitureIntro:
    'Wat niet bij de documenten hoort maar bij de pagina of de website waar de tekst vandaan kwam: kopregels, voetregels, knoppen en codes. Alleen deze vaste regels halen tekst weg; voor elke regel staat hier hoe vaak hij dat deed, met voorbeelden.',
  furnitureWhat: 'Weggelaten (voorbeelden)',
  furnitureCount: 'Aantal',
  aboutHyphenation: 'Afbrekingen',
  aboutHyphenationIntro:
    'Woorden die in de bron over twee regels zijn afgebroken, of waarvan het afbreekstreepje bij het samenvoegen bleef staan. Per geval: samengevoegd of het streepje behouden, en waarom.',
  hyphSource: 'In de bron',
  hyphResult: 'Resultaat',
  hyphDecision: { join: 'samengevoegd', keep: 'streepje behouden' } as Record<string, string>,
  hyphReason: {
    corpus: 'het samengevoegde woord komt elders in de bronnen voor',
    'reviewed-join': 'gecontroleerde lijst: samenvoegen',
    'reviewed-keep': 'gecontroleerde lijst: streepje behouden',
    'attested-hyphen': 'het woord met streepje komt elders in de bronnen voor',
    'suspended-compound': 'weglatingsstreepje («wet- en regelgeving»)',
    capital: 'het tweede deel begint met een hoofdletter',
  } as Record<string, string>,
  aboutThemes: 'De thema’s en de bijlage',
  aboutThemesIntro:
    'De brief deelt de acties in zes thema’s in, de bijlage in onderdelen. Welk onderdeel bij welk thema hoort, is een redactionele koppeling:',
  aboutCrossCheck: 'Vergelijking van de twee versies van de brief',
  aboutCrossCheckIntro:
    'De brief is in twee vormen ontvangen: als webtekst en als tekst uit de pdf. De webtekst is de basis; de pdf levert de paginanummers. Waar ze verschillen:',
  crossWeb: 'Webtekst',
  crossPdf: 'Pdf-tekst',
  crossNotePlacement: 'voetnoot onderaan de pagina in de pdf, aan het eind in de webtekst',
  aboutContact: 'Data',
  aboutDataText: 'Het volledige documentmodel is beschikbaar als JSON.',

  // data
  dataTitle: 'Data',
  dataIntro:
    'Het documentmodel waaruit deze site gemaakt is, als één JSON-bestand: de vier documenten als blokken en tekstruns, de 86 acties, de thema’s en de correcties.',
  dataDownload: 'Download het documentmodel (JSON)',

  // 404
  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet (meer). Zoek wat u nodig hebt, of ga naar de homepagina.',
  notFoundHome: 'Naar de homepagina',

  // descriptions (meta)
  descDocument: (citation: string) => `${citation}: de volledige tekst met voetnoten en kerngegevens.`,
  descAnnex: 'Alle 86 vervolgacties uit de bijlage bij Kamerstuk 35 510, nr. 60, met omschrijving, stand van zaken en thema.',
  descTheme: (title: string) => `Thema «${title}»: de tekst van de brief (Kamerstuk 35 510, nr. 60) en de bijbehorende acties.`,
  descAction: (n: number) => `Actie ${n} uit de bijlage bij Kamerstuk 35 510, nr. 60: omschrijving, stand van zaken, moties en verwijzingen.`,
  descRrAction: (n: number) => `Actie ${n} uit de kabinetsreactie «Regels en ruimte» (Kamerstuk 29 362, nr. 282).`,
  descRrRecommendation: (n: number) =>
    `Aanbeveling ${n} uit «Regels en ruimte» en de reactie van het kabinet (Kamerstuk 29 362, nr. 282).`,

  // pagefind filter values
  kind: { action: 'actie', letter: 'brieftekst', footnote: 'voetnoot' },

  // ---- search page (src/pages/zoeken, scripts/lib/search/browser/zoeken.js) ----
  zoeken: {
    label: 'Zoek in de brieven, de acties en de voetnoten',
    button: 'Zoek',
    searching: 'Zoeken naar «{q}»…',
    none: 'Geen resultaten voor «{q}».',
    one: '1 resultaat voor «{q}».',
    many: '{n} resultaten voor «{q}».',
    instead: 'Niets gevonden voor «{q}»; dit zijn de resultaten voor «{s}».',
    insteadFew: 'Bedoelde u «{s}»? Dit zijn de resultaten daarvoor.',
    searchOriginal: 'Toch zoeken naar «{q}»',
    didYouMean: 'Bedoelde u',
    more: 'Meer resultaten',
    filterKind: 'Soort',
    filterTheme: 'Thema',
    filterDocument: 'Document',
    filterAll: 'alle',
    unavailable: 'Zoeken is hier niet beschikbaar. U kunt de pagina’s wel lezen via de startpagina en het overzicht van de acties.',
    linkHome: 'Naar de startpagina met de documenten',
    linkActions: 'Alle 86 acties',
  },
} as const;

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** «2021-06-29» → «29 juni 2021». */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
