/** Citing: the cite box and panel, official citation forms, copying. Part of the interface strings (src/site/strings.ts). */

export const cite = {
  cites: 'Deze actie verwijst naar',
  citedBy: 'Naar deze actie wordt verwezen door',
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
  citeHere: 'Citeer alinea',
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
} as const;
