/**
 * Every reader-facing interface string, in Dutch, in one place.
 * Plain data and small functions only: this module is also imported by the
 * ingest script (Node strips the types), so only erasable TypeScript syntax.
 * Lookup tables keyed by the model's values use `satisfies`, so a new key cannot
 * silently fall back to an English or raw value.
 */
import type { Correction, Footnote } from '../model/schema.ts';

export const t = {
  siteName: 'Leesuitgave Kamerbrieven kinderopvangtoeslag',
  // the banner at the top of every page (GOV.UK phase banner): who speaks
  bannerTag: 'Onofficieel',
  bannerText: 'Leesuitgave van vier Kamerstukken, geen website van de overheid.',
  /** The banner on a phone, in one line: the site's name below it says «Leesuitgave». */
  bannerShort: 'Geen overheidswebsite.',
  bannerLink: 'Officiële tekst',
  siteTagline: 'Leesomgeving voor de kabinetsbrieven over de vervolgacties na de kinderopvangtoeslagaffaire',
  skipLink: 'Direct naar de inhoud',
  home: 'Home',

  // search
  searchLabel: 'Zoeken',
  /** The names of the search landmarks: the header's on every page, and one in a page's text (home, 404). */
  searchHeaderRegion: 'Zoeken in de site',
  searchPageRegion: 'Zoeken vanaf deze pagina',
  searchPlaceholder: 'Zoek in de brieven en acties',
  searchButton: 'Zoek',
  searchTitle: 'Zoeken',
  searchIntro: 'Zoek in de vier documenten, de 86 acties en de voetnoten.',
  searchNoScript:
    'Zoeken werkt met JavaScript. Zonder JavaScript kunt u de pagina’s lezen via het overzicht van documenten en acties.',

  // navigation
  nav: 'Hoofdnavigatie',
  navDocuments: 'Documenten',
  navActions: 'Acties',
  navThemes: 'Thema’s',
  navAbbreviations: 'Afkortingen',
  navGlossary: 'Begrippen',
  navAbout: 'Over deze uitgave',
  navReadingGuide: 'Leeswijzer',
  navData: 'Data',
  breadcrumbs: 'Kruimelpad',
  footerNote: 'Onofficiële leesuitgave. De officiële tekst staat op officielebekendmakingen.nl.',

  // inline rendering
  externalLink: '(externe link)',
  footnoteRef: (label: string) => `Voetnoot ${label}`,
  backToRef: (label: string) => `Terug naar verwijzing ${label} in de tekst`,
  editorialTitle: (reason: string) => `Toegevoegd door de redactie: ${reason}`,
  sic: '[sic]',
  sicTitle: (reason: string) => `Zo staat het in het origineel: ${reason}`,
  pageLabel: (n: number) => `p. ${n}`,
  pageTitle: (n: number) => `Pagina ${n} van het origineel`,
  /** A page of the original begins here, but the source does not give its number (29 362 nr. 290). */
  pageUnnumberedLabel: 'p. ?',
  pageUnnumberedTitle: 'Hier begint een nieuwe pagina van het origineel; de bron geeft het paginanummer niet',
  headingLink: 'Link naar dit kopje',
  paragraphLink: 'Link naar deze alinea',
  listLink: 'Link naar deze opsomming',
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
    officialUrlOfLetter: 'Brief bij deze bijlage',
    publishedAt: 'Waar de bijlage staat',
    siteFacts: 'Van de website',
    sources: 'Bronbestand',
    pages: 'Pagina’s in het origineel',
  },
  editorialField: 'redactioneel',
  editorialFieldTitle: 'Dit gegeven komt uit de gecontroleerde metadata van deze uitgave, niet uit de brontekst.',
  editorialShortTitle: 'De korte titel is van de redactie van deze uitgave; de woorden van de bron staan in de tekst eronder.',
  /** Above a list of actions or recommendations whose short titles are the edition's. */
  shortTitlesNote: 'De korte titels zijn van de redactie; de woorden van de bron staan op de pagina van elke actie.',
  front: 'Kop van het document',
  toc: 'Inhoud',
  onThisPage: 'Op deze pagina',
  moreFacts: 'Meer kerngegevens',
  text: 'Tekst',
  officialLinkText: 'Bekijk op officielebekendmakingen.nl',
  officialLetterLinkText: 'Bekijk de brief op officielebekendmakingen.nl',
  siteFactsNote: 'Gegevens die de website van de bron (de Parlementaire Monitor) bij het document zet; ze staan niet in het document zelf.',

  // actions
  action: (n: number) => `Actie ${n}`,
  actionsTitle: 'De 86 vervolgacties',
  actionsIntro:
    'De bijlage bij Kamerstuk 35 510, nr. 60, de brief van 29 juni 2021, geeft per actie de omschrijving en een stand van zaken.',
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
  /** An action of the annex, with the pages of the annex it stands on where known («…, actie 41, p. 10-11»). */
  citeAction: (annex: string, n: number, pages?: { first: number; last: number }) =>
    `${annex}, actie ${n}${pages ? `, p. ${pages.first === pages.last ? pages.first : `${pages.first}-${pages.last}`}` : ''}`,
  citeDocument: 'Citeer dit document',
  citeTheme: 'Citeer deze paragraaf',
  citeRecommendation: 'Citeer deze aanbeveling',
  citeSection: (doc: string, heading: string) => `${doc}, paragraaf ${heading}`,
  /** A place in a document by the pages of the original: «…, nr. 60, p. 3», «…, p. 3-4». */
  citePages: (doc: string, first: number, last: number) => `${doc}, p. ${first === last ? first : `${first}-${last}`}`,
  citeRrAction: (doc: string, n: number) => `${doc}, actie ${n}`,
  citeRrRecommendation: (doc: string, n: number) => `${doc}, bijlage, aanbeveling ${n}`,
  /** The official form of a Kamerstuk citation (Aanwijzingen voor de regelgeving, 3.43). */
  officialCitation: (vergaderjaar: string | undefined, dossier: string, number: string) =>
    `Kamerstukken II${vergaderjaar ? ` ${vergaderjaar.replace(/^(\d{4})-\d{2}(\d{2})$/, '$1/$2')},` : ''} ${dossier}, nr. ${number}`,
  annexCitation: (letter: string) => `Bijlage bij ${letter}`,
  /** A page title made of its label and its subject: «Actie 41 — Invorderingsstrategie …». */
  titled: (label: string, subject: string) => (subject ? `${label} — ${subject}` : label),
  citeHere: 'Citeer alinea',
  /** The semicolon CSV (acties-excel.csv). */
  csvExcel: 'CSV voor Excel in het Nederlands, met puntkomma’s',
  /** Downloads beside the annex table. */
  tableDownloads: 'Deze tabel downloaden:',
  tableDownloadExcel: 'voor Excel of LibreOffice (CSV met puntkomma’s)',
  tableDownloadCsv: 'CSV met komma’s',
  tableDownloadJson: 'JSON',
  tableDownloadMore: 'alle open data',
  citePanelParagraph: 'Citeer deze alinea',
  citePanelHeading: 'Citeer dit kopje',
  /** Before the first words of the paragraph the panel cites. */
  citeStartsWith: 'Begint met',
  citePrev: 'Vorige alinea',
  citeNext: 'Volgende alinea',
  /** After a link copied from a copy on disk when the edition has no published address. */
  citeLocalCopy: 'link naar een lokale kopie van deze uitgave, niet naar een gepubliceerd adres',
  close: 'Sluiten',
  copyLink: 'Kopieer link',
  copyCitation: 'Kopieer bronvermelding',
  copiedLink: 'De link is gekopieerd.',
  copiedCitation: 'De bronvermelding is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet; selecteer de tekst zelf.',

  // table
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
  filterNoneFound: 'Probeer één woord, een ander woord, of «of» tussen twee woorden (bijvoorbeeld «schulden of kwijtschelding»); of wis het thema of onderdeel.',
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
  themeLetterSourceAfter: ' (Kamerstuk 35 510, nr. 60)',
  /**
   * The rule by which actions belong to a theme, for one theme: the paragraph of the letter that
   * discusses the action, otherwise the annex section; with the exceptions both ways.
   */
  themeMappingText: (
    theme: number,
    sections: readonly string[],
    extra: readonly number[],
    elsewhere: readonly { action: number; theme: number }[],
    listed: readonly number[] = [],
  ) => {
    const acts = (ns: readonly number[]) => (ns.length === 1 ? `actie ${ns[0]}` : `de acties ${ns.slice(0, -1).join(', ')} en ${ns[ns.length - 1]}`);
    const rule = `Een actie hoort bij het thema van de paragraaf van de brief die haar bespreekt. Bespreekt de brief haar niet, dan volgt het thema uit het onderdeel van de bijlage waarin ze staat: bij thema ${theme} ${sections.length === 1 ? 'het onderdeel' : 'de onderdelen'} ${sections.map((x) => `«${x}»`).join(' en ')}.`;
    const one = extra.length === 1;
    const plus = extra.length
      ? ` Daarom ${one ? 'hoort' : 'horen'} ook ${acts(extra)} bij dit thema: ${one ? 'ze staat' : 'ze staan'} in een ander onderdeel van de bijlage, maar paragraaf ${theme} van de brief bespreekt ${one ? 'haar' : 'ze'}.`
      : '';
    const listedOnly = listed.length ? ` Ook ${acts(listed)} ${listed.length === 1 ? 'hoort' : 'horen'} bij dit thema, volgens de indeling van de redactie.` : '';
    const byTheme = [...new Set(elsewhere.map((e) => e.theme))].sort((a, b) => a - b);
    const minus = byTheme.length
      ? ` ${byTheme.map((th) => { const ns = elsewhere.filter((e) => e.theme === th).map((e) => e.action); return `${ns.length === 1 ? 'Actie' : 'De acties'} ${ns.length === 1 ? ns[0] : `${ns.slice(0, -1).join(', ')} en ${ns[ns.length - 1]}`} uit ${sections.length === 1 ? 'dit onderdeel' : 'deze onderdelen'} ${ns.length === 1 ? 'hoort' : 'horen'} bij thema ${th}, omdat paragraaf ${th} van de brief ${ns.length === 1 ? 'haar' : 'ze'} bespreekt.`; }).join(' ')}`
      : '';
    return `${rule}${plus}${listedOnly}${minus} Deze indeling is een keuze van de redactie.`;
  },

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
  homeThemes: 'De zes thema’s',
  homeDocuments: 'De vier documenten',
  homeSearch: 'Zoeken',

  // documents list
  documentsTitle: 'Documenten',

  // abbreviations
  abbrTitle: 'Afkortingen',
  abbrIntro:
    'Afkortingen uit de vier documenten. Waar een document een afkorting zelf uitschrijft, staat die uitleg hier met een link naar de plaats; de overige zijn door de redactie aangevuld.',
  abbrFromText: 'uit de tekst',
  abbrEditorial: 'redactie',
  abbrGlossary: (abbr: string) => `Uitleg van ${abbr} bij Begrippen`,

  // glossary («Begrippen»)
  glossaryTitle: 'Begrippen',
  glossaryDescription: 'Woorden en afkortingen uit de brieven over het herstel na de kinderopvangtoeslagaffaire, in gewone taal uitgelegd.',
  glossaryIntro:
    'Woorden en afkortingen die u in de brieven tegenkomt, in gewone taal uitgelegd. De uitleg is van de redactie van deze uitgave; bij elk begrip staat waar de brieven het zeggen en op welke plaatsen de teksten het gebruiken. In de tekst van de brieven leidt het eerste gebruik van een begrip op een pagina hierheen.',
  glossaryContents: 'Alle begrippen',
  glossaryAlso: 'Ook:',
  glossaryAbbr: (abbr: string, expansion: string) => `${abbr} staat voor ${expansion}.`,
  glossarySource: 'Waar de brieven het zeggen:',
  glossaryPlaces: (n: number) => (n === 1 ? 'Op 1 plaats in de teksten' : `Op ${n} plaatsen in de teksten`),
  glossaryPlace: {
    paragraph: (n: string) => `alinea ${n}`,
    heading: (text: string) => `kopje «${text}»`,
    footnote: (n: string) => `voetnoot ${n}`,
    description: () => 'omschrijving',
    status: () => 'stand van zaken',
  },
  /** The title of a term link in the text. */
  glossaryLinkTitle: (term: string) => `Uitleg van «${term}» bij Begrippen`,

  // about
  aboutTitle: 'Over deze uitgave',
  aboutSources: 'De bronnen',
  aboutSourcesIntro: 'De bestanden zoals ontvangen, met hun SHA-256-controlegetal.',
  aboutFile: 'Bestand',
  aboutReceived: 'Ontvangen als',
  aboutBytes: 'Bytes',
  aboutReviewed: 'Beoordeelde lezingen van de bronnen',
  aboutReviewedIntro:
    'Waar een bron op meer manieren te lezen is, heeft de redactie de bron gelezen en beslist. Elke beslissing staat in content/reviewed/ met haar reden; past ze niet meer op de bron, dan stopt de bouw.',
  reviewedCrossCheck: 'Verschillen tussen de webtekst en de pdf-tekst van Kamerstuk 35 510, nr. 60',
  reviewedAnnexSections: 'Onderdelen van de bijlage en hun eerste actie',
  reviewedContinuations: 'Acties die over een pagina van de bijlage doorlopen',
  reviewedRepeatedMarkers: 'Herhaalde verwijzingen naar een eindnoot in Kamerstuk 29 362, nr. 290',
  reviewedNoteReadings: 'Voetnootnummers zoals de scan van Kamerstuk 29 362, nr. 282 ze leest',
  reviewedLine: (line: number) => `regel ${line}`,
  aboutCorrections: 'Correcties',
  aboutCorrectionsIntro: 'Elke correctie op de brontekst: het origineel, de herstelde tekst, de reden en de plaats in het bronbestand.',
  aboutNoCorrections: 'Er zijn geen correcties toegepast.',
  corrOriginal: 'Origineel',
  corrRepair: 'Hersteld',
  corrReason: 'Reden',
  corrPlace: 'Plaats',
  corrUnchanged: 'ongewijzigd, gemarkeerd',
  corrKind: { repair: 'herstel', insertion: 'toevoeging', sic: '[sic]' } satisfies Record<Correction['kind'], string>,
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
    'De brief bespreekt de acties in zes thema’s, de bijlage deelt ze in onderdelen in. Een actie hoort bij het thema van de paragraaf van de brief die haar bespreekt; bespreekt de brief haar niet, dan bij het thema van haar onderdeel. Welk onderdeel bij welk thema hoort, is een redactionele koppeling:',
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
  // 404
  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet (meer). Zoek wat u nodig hebt, of ga naar de homepagina.',
  notFoundHome: 'Naar de homepagina',

  // descriptions (meta)
  descDocument: (citation: string) => `${citation}: de volledige tekst met voetnoten en kerngegevens.`,
  descAnnex: 'Alle 86 vervolgacties uit de bijlage bij Kamerstuk 35 510, nr. 60, met omschrijving, stand van zaken en thema.',
  descTheme: (title: string) => `Thema «${title}»: de tekst van de brief (Kamerstuk 35 510, nr. 60) en de bijbehorende acties.`,
  descRrAction: (n: number) => `Actie ${n} uit de kabinetsreactie «Regels en ruimte» (Kamerstuk 29 362, nr. 282).`,
  descRrRecommendation: (n: number) =>
    `Aanbeveling ${n} uit «Regels en ruimte» en de reactie van het kabinet (Kamerstuk 29 362, nr. 282).`,

  // pagefind filter values
  kind: { action: 'actie', letter: 'brieftekst', footnote: 'voetnoot' },

  // ── open data, licences, editions and change log ──
  edition: (version: string, date: string) => `Editie ${version} van ${date}`,
  editionUnreleased: 'nog niet vastgelegd',
  footerLicence: 'Code: EUPL-1.2. Eigen werk van deze uitgave en de open data: CC0 1.0.',
  footerChanges: 'Wijzigingen',
  licenceTitle: 'Licenties en hergebruik',
  licenceEdition:
    'Het eigen werk van deze uitgave — het documentmodel, de correcties, de redactionele indeling in thema’s, de open data en het overzicht van wijzigingen — valt onder CC0 1.0 Universeel: u mag het zonder voorwaarden gebruiken, ook zonder bronvermelding.',
  licenceCode: 'De programmacode waarmee de site wordt gebouwd valt onder de European Union Public Licence 1.2 (EUPL-1.2).',
  licenceSources:
    'De teksten van de Kamerstukken zijn niet van deze uitgave. Het zijn werken die de overheid openbaar heeft gemaakt; geen van de bronbestanden behoudt het auteursrecht voor. De Auteurswet zegt hierover:',
  licenceSourcesNote:
    'Wie de tekst van een Kamerstuk citeert, citeert de officiële publicatie op officielebekendmakingen.nl; deze uitgave is daarvan een onofficiële leesversie.',
  licenceFullText: (name: string) => `Volledige tekst: ${name}`,
  dataRights: 'Eigen werk van deze uitgave: CC0 1.0. De teksten van de Kamerstukken: openbaar gemaakt door de overheid (artikel 15b Auteurswet), geen voorbehoud van auteursrecht.',
  citeTitle: 'Deze uitgave citeren',
  citeIntro:
    'Citeer de officiële tekst van een Kamerstuk altijd naar de officiële publicatie. Citeer deze uitgave alleen voor wat zij zelf toevoegt (de indeling, de correcties, de open data), met de editie:',
  citeOfficial: 'De officiële tekst citeren, bijvoorbeeld:',
  citePlaces:
    'Elke alinea, elk kopje en elke actie heeft een eigen, vast adres en een bronvermelding: een alinea of kopje met de pagina’s van het origineel waarop het staat, waar de bron die laat zien (anders met de paragraaf), een actie van de bijlage met haar nummer en de pagina’s van de bijlage waarop haar rij staat. Tik of klik op ¶ naast een alinea (of # naast een kopje), of gebruik «Citeer alinea» bovenaan een document; u krijgt de link en de bronvermelding om te kopiëren. Bijvoorbeeld:',
  /** What 29 362 nr. 290 lets the edition cite by page: `placed` the blocks with their pages, `unnumbered` where the page without a number begins. */
  citePlacesWau: (placed: readonly string[], unnumbered: readonly string[]) =>
    `Van Kamerstuk 29 362, nr. 290 laat de webtekst een pagina van de gedrukte versie alleen zien waar een paginavoet (voetnoten, voetregel) midden in een alinea terechtkwam: het einde van pagina 1 (de voetregel met het ISSN), ${unnumbered.length === 1 ? 'één latere paginagrens' : `${unnumbered.length} latere paginagrenzen`} zonder nummer (${unnumbered.join(', ')}: alleen voetnoten, «p. ?»), en de voetregel van de laatste pagina onder de ondertekening. ` +
    `Met de pagina geciteerd wordt daarom alleen: ${placed.join('; ')}. Na het einde van pagina 1 telt een blok alleen voor pagina 2 als het geheel valt binnen zoveel tekst als pagina 1 bevat — die draagt ook de kop van de brief, dus zoveel past zeker op een volgende pagina. Alle andere alinea’s en kopjes worden geciteerd met de paragraaf waarin ze staan.`,
  citeEdition: (version: string, date: string, url: string) =>
    `Leesuitgave Kamerbrieven kinderopvangtoeslag (editie ${version}, ${date}). Onofficiële leesuitgave. ${url}`,
  citeCff: 'Machineleesbaar: CITATION.cff in de broncode.',
  changesTitle: 'Wijzigingen',
  changesIntro:
    'Per editie van deze uitgave: welke pagina’s een andere tekst kregen en waarom. Het adres van een pagina verandert nooit; wie een pagina heeft geciteerd, ziet hier of de tekst sindsdien is veranderd.',
  changesNone: 'Nog geen vastgelegde editie.',
  changesFirst: 'Eerste vastgelegde editie.',
  changesNoPages: 'Geen pagina’s met een andere tekst.',
  changesPages: (n: number) => (n === 1 ? '1 pagina gewijzigd' : `${n} pagina’s gewijzigd`),
  changeKind: {
    'page-added': 'nieuwe pagina',
    'page-removed': 'pagina vervallen',
    'correction-added': 'correctie toegevoegd',
    'correction-changed': 'correctie gewijzigd',
    'correction-removed': 'correctie vervallen',
    'reference-resolved': 'verwijzing opgelost',
    'reference-changed': 'verwijzing gewijzigd',
    'mark-moved': 'markering verplaatst',
    'mark-changed': 'markering toegevoegd of weggehaald',
    'text-changed': 'tekst gewijzigd',
    'metadata-changed': 'titel of gegevens gewijzigd',
  } as Record<string, string>,
  pageDataLink: 'Deze pagina als data (JSON)',
  dataChecksums: 'Controlegetallen (SHA-256)',
  dataActionsTitle: 'De 86 vervolgacties uit de bijlage bij Kamerstuk 35 510, nr. 60',
  dataActionsDescription:
    'Alle 86 acties uit de bijlage bij de brief van 29 juni 2021 over de vervolgacties na de kinderopvangtoeslagaffaire, met onderdeel, thema, omschrijving, stand van zaken, moties, verwijzingen en het adres van de actiepagina.',
  dataCsvwTitle: 'Beschrijving van acties.csv (CSV on the Web)',
  dataCsvwDescription: 'De kolommen van acties.csv met naam, betekenis en gegevenstype, volgens W3C CSV on the Web.',
  dataDocumentsTitle: 'De vier documenten als gestructureerde tekst',
  dataDocumentsDescription:
    'Kamerstuk 35 510, nr. 60 met bijlage, 29 362, nr. 290 en 29 362, nr. 282 zoals deze uitgave ze opbouwt: gegevens, kop, tekst in blokken en voetnoten; ook het hele model in één bestand.',
  dataDocumentDescription: (title: string) => `${title}: het document als gestructureerde tekst (blokken en voetnoten).`,
  dataModelTitle: 'Het volledige documentmodel',
  dataModelDescription: 'Alle documenten, de thema’s en alle correcties in één bestand.',
  dataDcatTitle: 'Catalogus (DCAT-AP-DONL)',
  dataDcatDescription: 'Beschrijving van de datasets van deze uitgave in DCAT-AP-DONL, het profiel van data.overheid.nl.',
  dataCatalogueDescription: 'Open data van een onofficiële leesuitgave van de kabinetsbrieven over de vervolgacties na de kinderopvangtoeslagaffaire.',
  // accuracy: editorial notes and decisions, citations between the documents, letter ↔ actions
  homeCitedBy: (doc: string, citation: string, by: readonly string[]) =>
    `${doc} (${citation}) wordt aangehaald door ${by.length > 1 ? `${by.slice(0, -1).join(', ')} en ${by[by.length - 1]}` : by[0]}.`,
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
  aboutDecisionsTitle: 'Alle redactionele beslissingen',
  letterParagraph: (id: string) => `alinea ${id.replace(/^p/, '')}`,
  /** A paragraph of the letter in a CSV cell: named as a paragraph, with its page beside it. */
  csvLetterParagraph: (anchor: string, page: number | null, role: string) => `alinea ${anchor.replace(/^p/, '')} (#${anchor}${page === null ? '' : `, p. ${page}`}, ${role})`,
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
  // ── reader: home, status date, pages, print, theme, offline, accessibility ──
  printNotice: 'Onofficiële leesuitgave. De officiële tekst staat op officielebekendmakingen.nl.',
  /** What a status of the annex is, in words the source supports: the annex does not date each status. */
  statusAsOf: (date: string) => `Stand van zaken zoals beschreven in de bijlage bij de brief van ${date}`,
  statusDateTitle: 'Hoe oud is een stand van zaken?',
  statusDateText: (date: string) =>
    `Elke «stand van zaken» op deze site is de tekst van de bijlage bij de brief van ${date}. Wanneer elke stand van zaken is geschreven, zegt de bijlage niet. Wat er daarna gebeurde, staat niet in deze vier stukken; bij elk thema noemt «Wat gebeurde er daarna?» latere officiële stukken.`,
  statusUndated: 'Wanneer elke stand is geschreven, zegt de bijlage niet.',
  statusLaterLink: 'Wat gebeurde er daarna?',
  statusDateLater: 'Latere brieven en voortgangsrapportages staan in de Kamerstukdossiers',
  statusDateLaterShort: 'Latere brieven: Kamerstukdossiers',
  statusDateDossier: (dossier: string, title: string) => `${dossier} (${title})`,
  dossiers: [
    { dossier: '35 510', title: 'Parlementaire ondervraging kinderopvangtoeslag' },
    { dossier: '31 066', title: 'Belastingdienst' },
  ],
  statusDateWhere: 'op officielebekendmakingen.nl.',
  editorialText: 'Uitleg van de redactie',
  editorialTextTitle: 'Deze tekst is geschreven door de redactie van deze uitgave; hij staat niet in de brieven.',
  fromLetter: 'uit de brief',
  fromLetterTitle: 'Letterlijk uit Kamerstuk 35 510, nr. 60',
  homeIntroTitle: 'Waar gaat dit over?',
  homeGlossaryLink: 'Woorden als Catshuisregeling, UHT of «zwarte lijst» in gewone taal uitgelegd: Begrippen',
  homeIntro: [
    'Bij de kinderopvangtoeslag heeft de overheid tienduizenden ouders ten onrechte hard aangepakt: zij moesten grote bedragen terugbetalen en kregen te horen dat het hun eigen fout was. De hersteloperatie moet deze ouders en hun kinderen compenseren en helpen bij een nieuwe start.',
    'Na het eindverslag «Ongekend onrecht» van de Parlementaire ondervragingscommissie Kinderopvangtoeslag (Kamerstuk 35 510, nr. 2) kondigde het kabinet acties aan om de problemen aan te pakken, bij Toeslagen en in de hele overheid. In de brief van 29 juni 2021 (Kamerstuk 35 510, nr. 60) staat hoe ver die acties toen waren; de bijlage bij die brief noemt 86 acties, elk met een omschrijving en een stand van zaken.',
  ],
  homeActionsTitle: 'De 86 acties per thema',
  homeActionsIntro: 'De acties uit de bijlage, ingedeeld naar de zes thema’s van de brief. Elke actie heeft een eigen pagina met de omschrijving en de stand van zaken zoals beschreven in de bijlage bij de brief van 29 juni 2021.',
  homeActionsUnthemed: 'Overige acties (geen thema in de brief)',
  homeActionsTable: 'Alle 86 acties in één tabel, met een filter',
  homeAllDocuments: 'Alle documenten',
  documentsIntro: 'De vier stukken van deze uitgave: de brief van 29 juni 2021, de bijlage met 86 acties, «Werk aan Uitvoering» (29 362, nr. 290), waarnaar de brief verwijst, en «Regels en ruimte» (29 362, nr. 282), waarnaar de bijlage (actie 35) en «Werk aan Uitvoering» verwijzen.',
  rrActionsIntro: 'De negen acties uit het «Overzicht acties» van de kabinetsreactie «Regels en ruimte» (Kamerstuk 29 362, nr. 282), in vier clusters.',
  rrRecommendationsIntro: 'De zes aanbevelingen uit het rapport «Regels en ruimte», elk met de reactie van het kabinet (Kamerstuk 29 362, nr. 282).',
  rrAllActions: 'Alle acties uit «Regels en ruimte»',
  rrAllRecommendations: 'Alle aanbevelingen uit «Regels en ruimte»',
  themeSwitch: 'Kleuren',
  themeSystem: 'Zoals het apparaat',
  themeLight: 'Licht',
  themeDark: 'Donker',
  offlineTitle: 'Offline lezen',
  offlineText: 'Pagina’s die u leest, bewaart uw browser, zodat u ze ook zonder internet terug kunt lezen. U kunt ook de hele site in één keer bewaren.',
  offlineSave: 'Bewaar deze site voor offline lezen',
  offlineSize: (size: string, files: number) => `${size}, ${files} bestanden`,
  /** The service worker's answer, offline, for a page that was not kept (plain text). */
  offlineNotKept:
    'Deze pagina is niet beschikbaar zonder internetverbinding. Pagina’s die u eerder las, en de hele site als u die hebt bewaard, werken wel.',
  offlineSaving: 'Bezig met bewaren…',
  /** Filled in by the button's script: {done} and {total}. */
  offlineProgressTemplate: '{done} van {total} bestanden bewaard…',
  offlineSaved: 'De hele site is bewaard en werkt nu ook zonder internet.',
  /** Filled in by the button's script with the day the site was saved: {date}. */
  offlineSavedOn: 'De hele site is bewaard op {date} en werkt ook zonder internet.',
  offlineFailed: 'Bewaren is niet gelukt. Probeer het later opnieuw.',
  /** Said by the button's script where the browser keeps no site (no service worker). */
  offlineNoWorker: 'Deze browser kan de site niet bewaren. Download de hele site als zip (hieronder) om hem zonder internet te lezen.',
  /** Said from file://: the reader has the site on disk already. */
  offlineFromDisk: 'U leest deze site al vanaf uw eigen apparaat; hij werkt zonder internet.',
  /** LEESMIJ.txt in the zip of the whole site (scripts/lib/offline/index.ts). Plain text, Windows line ends. */
  zipReadme: (e: { version: string; date: string; site: string | undefined }) =>
    [
      'Herstel kinderopvangtoeslag — de brieven, leesbaar',
      `Onofficiële leesuitgave, editie ${e.version} van ${e.date}`,
      '',
      'Wat is dit?',
      'Een leesuitgave van vier openbare kabinetsstukken over de vervolgacties na de toeslagenaffaire:',
      'Kamerstuk 35 510, nr. 60 (de brief van 29 juni 2021), de bijlage met 86 acties, en Kamerstuk',
      '29 362, nr. 290 en nr. 282. Dit is geen website van de overheid. De officiële teksten staan op',
      'https://zoek.officielebekendmakingen.nl/',
      '',
      'Openen',
      'Pak de zip uit en open index.html in deze map met een browser. Alles werkt zonder internet,',
      'ook zoeken. Adressen naar een pagina of alinea die u uit deze kopie haalt, wijzen naar de',
      'bestanden op uw eigen apparaat' + (e.site ? `; het vaste adres van de uitgave is ${e.site}` : '') + '.',
      '',
      'Wat erin staat',
      'index.html           de startpagina',
      'documenten/          de vier stukken, elk op een eigen pagina',
      'acties/              de 86 acties en de tabel van alle acties',
      'themas/              de zes thema’s van de brief',
      'data/                open data: acties.csv, acties-excel.csv (voor Excel in het Nederlands), acties.json',
      'over/                hoe deze uitgave gemaakt is, met elke correctie',
      'toegankelijkheid/    de toegankelijkheidsverklaring',
      '',
      'Licentie',
      'De teksten van de Kamerstukken zijn openbaar gemaakt door de overheid, zonder voorbehoud van',
      'auteursrecht (artikel 15b Auteurswet). Het eigen werk van deze uitgave valt onder CC0 1.0;',
      'de code onder de EUPL-1.2. Zie licenties/index.html.',
      '',
    ].join('\n'),
  offlineUnavailable: 'Werkt offline bewaren niet in uw browser, of wilt u de site als bestanden? Download dan de hele site als zip:',
  notFoundWays: 'De belangrijkste plekken',
  navAccessibility: 'Toegankelijkheid',
  aboutWhoTitle: 'Wie maakt deze uitgave, en waarom',
  aboutWho: [
    'Deze leesuitgave wordt gemaakt door een onafhankelijke redactie, niet door de overheid, de Belastingdienst of Herstel Toeslagen. Wat de redactie toevoegt (de indeling in thema’s, de titels, de correcties, de koppelingen) is gemarkeerd als redactioneel en staat met de reden op deze pagina.',
    'Waarom: de brieven over de vervolgacties na de toeslagenaffaire zijn lang, verspreid over vier stukken en deels alleen als scan beschikbaar. Deze uitgave maakt ze leesbaar op elk scherm, doorzoekbaar, ook zonder internet te lezen, en per alinea te citeren met de pagina van het origineel — zonder een woord van de bron te veranderen.',
  ] as readonly string[],
  aboutReportTitle: 'Een fout melden',
  aboutReport:
    'Ziet u een fout — een woord dat afwijkt van het origineel, een verkeerde pagina of link, een titel die niet klopt, of iets wat niet werkt met uw hulpmiddel? Meld het, met het adres van de pagina (of de link van de alinea, via «Citeer») en wat er volgens u moet staan. Elke correctie komt met haar reden in de lijst hieronder en in het overzicht van wijzigingen.',
  a11yTitle: 'Toegankelijkheid',
  a11yIntro:
    'Deze uitgave wil voor iedereen bruikbaar zijn, ook voor wie een schermlezer, alleen een toetsenbord, een vergroting of een telefoon gebruikt. Deze verklaring volgt de opbouw van de modelverklaring voor overheidswebsites: de norm, de nalevingsstatus, de uitkomsten van de tests, wat nog niet goed is, hoe u een probleem meldt, en hoe deze verklaring is opgesteld.',
  a11yDescription: 'Toegankelijkheidsverklaring: de norm (WCAG 2.2 niveau AA), de nalevingsstatus, de uitkomsten van de test van elke pagina, de bekende tekortkomingen en hoe u een probleem meldt.',
  a11ySections: [
    {
      id: 'norm',
      title: 'De norm',
      paragraphs: [
        'De site moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau A en AA. Voor websites van de overheid geldt WCAG 2.1 op niveau A en AA (EN 301 549); WCAG 2.2 voegt daar regels aan toe.',
        'Deze uitgave is geen website van de overheid en heeft geen toegankelijkheidsverklaring in het register van digitoegankelijk.nl. Deze pagina volgt wel de opbouw van zo’n verklaring.',
      ],
    },
    {
      id: 'status',
      title: 'Nalevingsstatus',
      paragraphs: [
        'De site is niet onderzocht door een onafhankelijke deskundige en niet getest met gebruikers van hulpmiddelen. Daarom claimt deze uitgave niet dat zij volledig aan de norm voldoet. Wat wel vaststaat, is de uitkomst van de automatische tests hieronder; automatische tests vinden niet alle problemen.',
      ],
    },
    {
      id: 'getest',
      title: 'Hoe de site getest wordt',
      paragraphs: [
        'Bij elke wijziging wordt de hele site opnieuw gebouwd en automatisch getest in de browser Chromium:',
      ],
      items: [
        'axe-core controleert elke pagina van de site, niet een steekproef, op de regels voor WCAG 2.0, 2.1 en 2.2, niveau A en AA, in licht en in donker;',
        'op elke pagina: elk oriëntatiepunt (navigatie, aanvullende inhoud, regio) heeft een eigen naam, en de naam van een kop bestaat uit de woorden van de kop, zonder linktekst, paginanummer of label;',
        'de belangrijkste soorten pagina’s ook op een smal scherm (320 en 390 pixels) en een breed scherm (1280 en 1440 pixels), met de panelen open;',
        'op een smal scherm hoeft niemand opzij te scrollen, en elke knop, keuzelijst en elk invoerveld is op een telefoon minstens 24 bij 24 pixels groot;',
        'een afgedrukte pagina draagt onderaan «Onofficiële leesuitgave», de bronvermelding, het vaste adres en het paginanummer;',
        'de site werkt met alleen het toetsenbord: de eerste toets Tab gaat naar «Direct naar de inhoud», zoeken kan met de toets /, afkortingen, «Op deze pagina», het citeren van een alinea en de kleurkeuze zijn met het toetsenbord te bedienen;',
        'een alinea citeren kan zonder een tabstop per alinea: met een tik of klik op ¶ naast de alinea, of met «Citeer alinea» bovenaan een lang document (die citeert de alinea die u leest of het laatst aantikte, en stapt met «Vorige alinea» en «Volgende alinea» door de tekst); bij een link naar een alinea komt haar ¶ direct na haar eigen links aan de beurt; van elke afkorting is alleen de eerste op de pagina een tabstop, de andere openen met een tik;',
        'alle tekst is te lezen zonder JavaScript; zoeken werkt ook zonder server;',
        'de site werkt onder een strikte Content-Security-Policy en zonder verbinding met andere websites.',
      ],
    },
  ] as readonly { id: string; title: string; paragraphs?: readonly string[]; items?: readonly string[] }[],
  a11yResultsTitle: 'Uitkomsten',
  /** The outcome of the run over every page (content/toegankelijkheid/axe.json, written by the test). */
  a11yResults: (r: { axe: string; pages: number; runs: number; violations: number; violatedPages: number; structure: number; version: string }) =>
    `Bij editie ${r.version} controleerde axe-core ${r.axe} alle ${r.pages} pagina’s van de site, elk in licht en in donker: ${r.runs} controles. ` +
    (r.violations === 0
      ? 'Het vond geen overtredingen van de regels voor WCAG 2.0, 2.1 en 2.2, niveau A en AA.'
      : `Het vond ${r.violations} ${r.violations === 1 ? 'overtreding' : 'overtredingen'} op ${r.violatedPages} ${r.violatedPages === 1 ? 'pagina' : 'pagina’s'}; ze staan hieronder.`) +
    (r.structure === 0
      ? ' Op geen enkele pagina kwamen twee oriëntatiepunten met dezelfde naam voor, of een kop met meer in zijn naam dan zijn woorden.'
      : ` Bij de oriëntatiepunten en koppen vond de test ${r.structure} ${r.structure === 1 ? 'probleem' : 'problemen'}; ze staan hieronder.`),
  a11yNoResults: 'Van deze editie zijn nog geen uitkomsten vastgelegd: de test van alle pagina’s is nog niet gedraaid.',
  a11yViolation: (rule: string, help: string, page: string, scheme: string) => `${page} (${scheme === 'dark' ? 'donker' : 'licht'}): ${help} (${rule})`,
  a11yShortcomingsTitle: 'Bekende tekortkomingen',
  a11yShortcomings: [
    'De teksten komen uit tekstbestanden van de originele stukken; een deel komt uit een gescande brief (Kamerstuk 29 362, nr. 282). Fouten uit de scan zijn hersteld waar ze gevonden zijn; alle herstellingen staan op de pagina «Over deze uitgave».',
    'Zonder JavaScript is er geen balk met de paragraaf die u leest en geen paneel om een alinea te citeren; het adres van een alinea krijgt u dan met ¶ naast de alinea.',
    'Zoeken met resultaten tijdens het typen vraagt JavaScript. Zonder JavaScript zijn alle pagina’s te vinden via de lijsten van documenten, thema’s en acties.',
    'Een afkorting krijgt alleen een uitleg als de documenten of de redactie die geven.',
  ] as readonly string[],
  a11yFeedbackTitle: 'Feedback en contact',
  a11yFeedback:
    'Loopt u tegen een probleem aan, of ziet u een fout in de tekst of in de toegankelijkheid? Meld het ons. Zeg op welke pagina (het adres), wat u probeerde en welk hulpmiddel of welke browser u gebruikt.',
  a11yFeedbackWhere: 'Melden kan via:',
  /** Said where the edition was built without a contact address (EDITION_CONTACT). */
  a11yFeedbackNone:
    'Deze kopie van de uitgave is gebouwd zonder contactadres. Meld het probleem bij wie u deze kopie gaf; de uitgever vult het contactadres in bij publicatie.',
  a11yFeedbackOfficial:
    'Over de officiële tekst van een Kamerstuk gaat de uitgever daarvan, niet deze uitgave: de officiële publicatie staat op officielebekendmakingen.nl.',
  a11yDrawnUpTitle: 'Opstelling van deze verklaring',
  a11yDrawnUp: (version: string, date: string) =>
    `Deze verklaring hoort bij editie ${version} van ${date}. De uitkomsten hierboven zijn niet met de hand geschreven: de test van alle pagina’s schrijft ze weg, en de verklaring leest ze bij het bouwen van de site.`,
  a11yEditorial: 'Deze verklaring is geschreven door de redactie van deze uitgave.',
  notFoundThemes: 'De zes thema’s',
  // help for parents (content/help.json) and «Wat gebeurde er daarna?» (content/vervolg.json)
  helpTitle: 'Bent u gedupeerde ouder?',
  helpIntro: 'Deze site is een leesuitgave, geen loket. Voor hulp en voor uw eigen situatie kunt u hier terecht:',
  helpChecked: (date: string) => `Adressen gecontroleerd op ${date}.`,
  followUpTitle: 'Wat gebeurde er daarna?',
  followUpIntro:
    'Latere officiële stukken die verslag doen over de acties van dit thema, gekozen door de redactie. Deze uitgave vat ze niet samen: lees ze op officielebekendmakingen.nl.',
  followUpIncomplete:
    'De lijst is niet volledig. De redactie neemt alleen stukken op waarvan zij het nummer, de datum en de titel in een officiële lijst of een officieel stuk heeft gecontroleerd.',
  followUpNone: 'Voor dit thema heeft de redactie nog geen latere stukken in een officiële lijst kunnen controleren.',
  followUpDossiers: 'Alle latere stukken staan in de Kamerstukdossiers op officielebekendmakingen.nl, onder meer',
  followUpChecked: 'gecontroleerd in',
  followUpDate: (date: string) => `brief van ${date}`,

  // ---- search page (src/pages/zoeken, src/client/search/zoeken.ts) ----
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
    dateStatus: 'Stand van zaken op {d}',
    dateLetter: 'Brief van {d}',
    groupBrief: 'In de brief',
    groupActies: 'Acties',
    groupAndere: 'Andere brieven',
    groupDeel: 'Met een deel van de woorden',
    bestBets: 'Rechtstreeks naar',
    partial: 'Geen pagina met alle woorden; dit zijn pagina’s met een deel ervan.',
    alsoSearched: 'Ook gezocht naar {w}: zo staat het in de brieven.',
    noneHelp: 'Zoek met een ander woord of minder woorden, of kijk verder:',
    nearest: 'Woorden van de site die erop lijken:',
    examples: 'Voorbeelden van zoekvragen:',
    exampleQueries: ['compensatie 30.000', 'schulden', 'zwarte lijst', 'hulp voor kinderen', 'actie 41', '35510-60'],
  },

  // open data: what each field of acties.json / acties.csv means (src/site/opendata.ts, datafiles.ts)
  dataFields: {
  nummer: 'Nummer van de actie in de bijlage (1–86).',
  titel: 'Korte titel van de actie, dezelfde als op haar pagina en in elke lijst (content/titles.json). De bijlage geeft geen titels: meestal is hij van de redactie.',
  titelRedactioneel: 'true als de titel van de redactie is, false als hij letterlijk uit de bijlage komt. Alleen in de JSON.',
  sectie: 'Hoofdsectie van de bijlage, in hoofdletters zoals in de bron.',
  subsectie: 'Subsectie van de bijlage, of null.',
  thema: 'Thema van de brief (35 510, nr. 60): de paragraaf van de brief die de actie bespreekt; bespreekt de brief haar niet, dan de redactionele indeling van de bijlage. Null voor sectie OVERIG.',
  omschrijving: 'Omschrijving van de actie als platte tekst; alinea’s gescheiden door een lege regel.',
  standVanZaken: 'Stand van zaken zoals beschreven in de bijlage bij de brief van de datum in standVanZakenDatumBrief, als platte tekst; leeg als de bijlage er geen geeft.',
  standVanZakenDatumBrief: 'Datum van de brief bij wier bijlage de stand van zaken hoort (ISO 8601). De bijlage zegt niet wanneer elke stand van zaken is geschreven. Null als de bijlage geen stand van zaken geeft.',
  moties: 'Moties die de actie noemt, met hun dossier (35510 voor die uit het debat van 19 januari 2021), hun Kamerstuk en adres, en wie zegt welke motie het is: «tekst» als het nummer in de tekst staat, «redactie» als de tekst de motie zonder nummer noemt en de redactie haar vaststelt (met de reden, content/references.json). Dezelfde lijst als «Genoemde moties» op de pagina van de actie.',
  verwijstNaarActies: 'Nummers van andere acties waarnaar de actie verwijst («zie actie 18»).',
  voetnoten: 'Voetnoten bij de actie: nummer zoals gedrukt en tekst.',
  inBrief: 'Alinea’s van de brief (35 510, nr. 60) die de actie bespreken of noemen, volgens de redactionele koppeling per alinea: het anker van de alinea («p19» is alinea 19, geen pagina), de pagina van het origineel waarop zij begint, en het adres van de alinea.',
  zieOok: 'Redactioneel: acties over hetzelfde onderwerp («zie ook»), per groep met haar id en onderwerp (content/see-also.json). De bijlage zet ze niet bij elkaar. Alleen in de JSON.',
  url: 'Adres van de pagina van de actie op deze site (het volledige adres als de site met een adres is gebouwd, anders het pad).',
  },
  csvColumnDocs: {
    themanummer: 'Nummer van het thema van de brief, leeg bij sectie OVERIG.',
    thema: 'Titel van het thema van de brief, leeg bij sectie OVERIG.',
    formula: 'Een cel die met =, +, - of @ begint, krijgt een apostrof ervoor.',
    moties: 'De moties zoals de bijlage ze noemt, elk met haar Kamerstuk tussen haakjes (en «nummer vastgesteld door de redactie» waar de tekst geen nummer geeft), gescheiden door «; ».',
    separated: 'Gescheiden door «; ».',
    voetnoten: 'Elke voetnoot als «nummer: tekst», gescheiden door «; ».',
    alineas: 'Elke alinea als «alinea 19 (#p19, p. 5, rol)»: het nummer van de alinea, haar anker in de brief, de pagina van het origineel en de rol; gescheiden door «; ».',
    standDatum: 'Datum van de brief bij wier bijlage de stand van zaken hoort (ISO 8601); de bijlage zegt niet wanneer elke stand van zaken is geschreven. Leeg als de bijlage geen stand van zaken geeft.',
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
