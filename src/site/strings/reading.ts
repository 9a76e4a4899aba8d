/** Reading a text: inline marks, page marks, footnotes, key facts, tables of contents, the reader's notes. Part of the interface strings (src/site/strings.ts). */

export const reading = {
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
  /** Under a document's short name (the h1): the title the document itself carries. */
  officialTitle: 'Officiële titel',
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

  dossiers: [
    { dossier: '35 510', title: 'Parlementaire ondervraging kinderopvangtoeslag' },
    { dossier: '31 066', title: 'Belastingdienst' },
  ],
  editorialText: 'Uitleg van de redactie',
  editorialTextTitle: 'Deze tekst is geschreven door de redactie van deze uitgave; hij staat niet in de brieven.',
  fromLetter: 'uit de brief',
  fromLetterTitle: 'Letterlijk uit Kamerstuk 35 510, nr. 60',
  documentsIntro:
    'De vier stukken van deze uitgave: de brief van 29 juni 2021, de bijlage met 86 acties, «Werk aan Uitvoering» (29 362, nr. 290), waarnaar de brief verwijst, en «Regels en ruimte» (29 362, nr. 282), waarnaar de bijlage (actie 35) en «Werk aan Uitvoering» verwijzen.',
  rrActionsIntro: 'De negen acties uit het «Overzicht acties» van de kabinetsreactie «Regels en ruimte» (Kamerstuk 29 362, nr. 282), in vier clusters.',
  rrRecommendationsIntro: 'De zes aanbevelingen uit het rapport «Regels en ruimte», elk met de reactie van het kabinet (Kamerstuk 29 362, nr. 282).',
  rrAllActions: 'Alle acties uit «Regels en ruimte»',
  rrAllRecommendations: 'Alle aanbevelingen uit «Regels en ruimte»',
  a11yTitle: 'Toegankelijkheid',
  a11yIntro:
    'Deze uitgave wil voor iedereen bruikbaar zijn, ook voor wie een schermlezer, alleen een toetsenbord, een vergroting of een telefoon gebruikt. Deze verklaring volgt de opbouw van de modelverklaring voor overheidswebsites: de norm, de nalevingsstatus, de uitkomsten van de tests, wat nog niet goed is, hoe u een probleem meldt, en hoe deze verklaring is opgesteld.',
  a11yDescription:
    'Toegankelijkheidsverklaring: de norm (WCAG 2.2 niveau AA), de nalevingsstatus, de uitkomsten van de test van elke pagina, de bekende tekortkomingen en hoe u een probleem meldt.',
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
      paragraphs: ['Bij elke wijziging wordt de hele site opnieuw gebouwd en automatisch getest in de browser Chromium:'],
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
} as const;
