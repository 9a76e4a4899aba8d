/** Offline: saving the site, the service worker's notice, the zip and its read-me. Part of the interface strings (src/site/strings.ts). */
import { DOCUMENTS_WORD } from './counts.ts';

export const offline = {
  offlineTitle: 'Offline lezen',
  offlineText: 'Pagina’s die u leest, bewaart uw browser, zodat u ze ook zonder internet terug kunt lezen. U kunt ook de hele site in één keer bewaren.',
  offlineSave: 'Bewaar deze site voor offline lezen',
  offlineSize: (size: string, files: number) => `${size}, ${files} bestanden`,
  /** The service worker's answer, offline, for a page that was not kept (plain text). */
  offlineNotKept: 'Deze pagina is niet beschikbaar zonder internetverbinding. Pagina’s die u eerder las, en de hele site als u die hebt bewaard, werken wel.',
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
      `Een leesuitgave van ${DOCUMENTS_WORD} openbare kabinetsstukken over de vervolgacties na de toeslagenaffaire:`,
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
      `documenten/          de ${DOCUMENTS_WORD} stukken, elk op een eigen pagina`,
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
} as const;
