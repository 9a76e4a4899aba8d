/** Searching: the header's search, the search page and its result texts, the Pagefind filter values. Part of the interface strings (src/site/strings.ts). */
import { DOCUMENTS_WORD } from './counts.ts';

export const search = {
  searchLabel: 'Zoeken',
  /** The names of the search landmarks: the header's on every page, and one in a page's text (home, 404). */
  searchHeaderRegion: 'Zoeken in de site',
  searchPageRegion: 'Zoeken vanaf deze pagina',
  searchPlaceholder: 'Zoek in de brieven en acties',
  searchButton: 'Zoek',
  searchTitle: 'Zoeken',
  searchIntro: `Zoek in de ${DOCUMENTS_WORD} documenten, de 86 acties en de voetnoten.`,
  searchNoScript:
    'Zoeken werkt met JavaScript. Zonder JavaScript kunt u de pagina’s lezen via het overzicht van documenten en acties.',

  kind: { action: 'actie', letter: 'brieftekst', footnote: 'voetnoot' },

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
} as const;
