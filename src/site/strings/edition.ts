/** Editions, licences and the change log. Part of the interface strings (src/site/strings.ts). */

export const edition = {
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
  changesTitle: 'Wijzigingen',
  changesIntro:
    'Per editie van deze uitgave: welke pagina’s een andere tekst kregen en waarom. Het adres van een pagina verandert nooit; wie een pagina heeft geciteerd, ziet hier of de tekst sindsdien is veranderd.',
  changesNone: 'Nog geen vastgelegde editie.',
  changesFirst: 'Eerste vastgelegde editie.',
  changesNoPages: 'Geen pagina’s met een andere tekst.',
  changesPages: (n: number) => (n === 1 ? '1 pagina gewijzigd' : `${n} pagina’s gewijzigd`),
} as const;
