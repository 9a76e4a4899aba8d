/** The site's frame: name, banner, navigation, footer, home page, 404, page descriptions, colour theme. Part of the interface strings (src/site/strings.ts). */
import { DOCUMENTS_WORD } from './counts.ts';

export const site = {
  siteName: 'Leesuitgave Kamerbrieven kinderopvangtoeslag',
  bannerTag: 'Onofficieel',
  bannerText: `Leesuitgave van ${DOCUMENTS_WORD} Kamerstukken, geen website van de overheid.`,
  /** The banner on a phone, in one line: the site's name below it says «Leesuitgave». */
  bannerShort: 'Geen overheidswebsite.',
  bannerLink: 'Officiële tekst',
  siteTagline: 'Leesomgeving voor de kabinetsbrieven over de vervolgacties na de kinderopvangtoeslagaffaire',
  skipLink: 'Direct naar de inhoud',
  home: 'Home',

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

  homeTitle: 'De brieven over de vervolgacties na «Ongekend onrecht»',
  homeThemes: 'De zes thema’s',
  homeDocuments: `De ${DOCUMENTS_WORD} documenten`,
  homeSearch: 'Zoeken',

  documentsTitle: 'Documenten',

  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet (meer). Zoek wat u nodig hebt, of ga naar de homepagina.',
  notFoundHome: 'Naar de homepagina',

  descDocument: (citation: string) => `${citation}: de volledige tekst met voetnoten en kerngegevens.`,
  descAnnex: 'Alle 86 vervolgacties uit de bijlage bij Kamerstuk 35 510, nr. 60, met omschrijving, stand van zaken en thema.',
  descTheme: (title: string) => `Thema «${title}»: de tekst van de brief (Kamerstuk 35 510, nr. 60) en de bijbehorende acties.`,
  descRrAction: (n: number) => `Actie ${n} uit de kabinetsreactie «Regels en ruimte» (Kamerstuk 29 362, nr. 282).`,
  descRrRecommendation: (n: number) => `Aanbeveling ${n} uit «Regels en ruimte» en de reactie van het kabinet (Kamerstuk 29 362, nr. 282).`,

  homeCitedBy: (doc: string, citation: string, by: readonly string[]) =>
    `${doc} (${citation}) wordt aangehaald door ${by.length > 1 ? `${by.slice(0, -1).join(', ')} en ${by[by.length - 1]}` : by[0]}.`,
  printNotice: 'Onofficiële leesuitgave. De officiële tekst staat op officielebekendmakingen.nl.',
  homeIntroTitle: 'Waar gaat dit over?',
  homeGlossaryLink: 'Woorden als Catshuisregeling, UHT of «zwarte lijst» in gewone taal uitgelegd: Begrippen',
  homeIntro: [
    'Bij de kinderopvangtoeslag heeft de overheid tienduizenden ouders ten onrechte hard aangepakt: zij moesten grote bedragen terugbetalen en kregen te horen dat het hun eigen fout was. De hersteloperatie moet deze ouders en hun kinderen compenseren en helpen bij een nieuwe start.',
    'Na het eindverslag «Ongekend onrecht» van de Parlementaire ondervragingscommissie Kinderopvangtoeslag (Kamerstuk 35 510, nr. 2) kondigde het kabinet acties aan om de problemen aan te pakken, bij Toeslagen en in de hele overheid. In de brief van 29 juni 2021 (Kamerstuk 35 510, nr. 60) staat hoe ver die acties toen waren; de bijlage bij die brief noemt 86 acties, elk met een omschrijving en een stand van zaken.',
  ],
  homeActionsTitle: 'De 86 acties per thema',
  homeActionsIntro:
    'De acties uit de bijlage, ingedeeld naar de zes thema’s van de brief. Elke actie heeft een eigen pagina met de omschrijving en de stand van zaken zoals beschreven in de bijlage bij de brief van 29 juni 2021.',
  homeActionsUnthemed: 'Overige acties (geen thema in de brief)',
  homeActionsTable: 'Alle 86 acties in één tabel, met een filter',
  homeAllDocuments: 'Alle documenten',
  themeSwitch: 'Kleuren',
  themeSystem: 'Zoals het apparaat',
  themeLight: 'Licht',
  themeDark: 'Donker',
  notFoundWays: 'De belangrijkste plekken',
  navAccessibility: 'Toegankelijkheid',
  notFoundThemes: 'De zes thema’s',
} as const;
