/**
 * Everyday questions: what a parent types, as they think it — whole sentences with stop
 * words, everyday words instead of the sources' terms, words written apart or together,
 * numbers in any form. Written from the texts: each with the pages that answer it (any of
 * them among the first three results passes) and the words on one of those pages that
 * answer it (`evidence`, checked against the built page). Used by
 * tests/site/search-queries.test.ts and the benchmark.
 */
import { routes } from '../../../src/model/routes.ts';
import { CORPUS_KAMERSTUKKEN, LETTER_ID, LISTS_ID } from '../../../src/model/registry.ts';

export type EverydayCategory = 'zin' | 'alledaags' | 'los-of-vast' | 'getal';

export interface EverydayQuestion {
  category: EverydayCategory;
  query: string;
  /** Pages that answer it (routes, without anchor). */
  answers: readonly string[];
  /** Text on one of the answering pages (case-insensitive) that answers the question. */
  evidence: string;
}

const a = (n: number) => routes.action(n);
const BRIEF = routes.document(LETTER_ID);
const WAU = routes.document(CORPUS_KAMERSTUKKEN['29362-290']!);
const RR = routes.document(LISTS_ID);
const e = (category: EverydayCategory, query: string, answers: readonly string[], evidence: string): EverydayQuestion => ({
  category,
  query,
  answers,
  evidence,
});

export const EVERYDAY_QUESTIONS: readonly EverydayQuestion[] = [
  // Whole questions, stop words and question words included.
  e('zin', 'wanneer krijg ik de 30.000 euro', [a(1), a(3), BRIEF], '30.000'),
  e('zin', 'hoeveel ouders wachten nog op hun geld', [a(1)], '500 ouders wachten nog op een uitbetaling'),
  e('zin', 'wat gebeurt er met mijn schulden', [a(2), a(3), BRIEF], 'schulden'),
  e('zin', 'worden mijn schulden kwijtgescholden', [a(2), a(8), BRIEF], 'kwijtschelding'),
  e('zin', 'kunnen schuldeisers beslag leggen op de compensatie', [a(3)], 'beslag leggen op 30.000 euro'),
  e('zin', 'krijgen mijn kinderen ook compensatie', [a(10), BRIEF], 'kinderen'),
  e('zin', 'krijgt mijn ex partner ook iets', [a(10), BRIEF], 'ex-partners'),
  e('zin', 'ik heb huurtoeslag gehad, krijg ik ook geld', [a(7), BRIEF], 'andere toeslagen'),
  e('zin', 'hoe kom ik van de zwarte lijst af', [a(12)], 'zwarte lijst'),
  e('zin', 'sta ik op de zwarte lijst van de belastingdienst', [a(12)], 'zwarte lijst'),
  e('zin', 'kan de gemeente mij helpen met wonen en werk', [a(5), BRIEF], 'wonen'),
  e('zin', 'wie helpt mij bij mijn aanvraag', [BRIEF, a(28), a(29)], 'hulp nodig hebben bij hun aanvraag'),
  e('zin', 'kan ik iemand persoonlijk spreken aan een loket', [BRIEF, a(28)], 'loket'),
  e('zin', 'wat doet het kabinet voor de kinderen', [a(6), a(9), a(10), BRIEF], 'kinderen'),
  e('zin', 'hoe wordt er met kinderen gepraat', [a(6)], 'Kindpanel'),
  e('zin', 'wordt de kinderopvangtoeslag afgeschaft', [a(16), a(13)], 'afschaffing kinderopvangtoeslag'),
  e('zin', 'waarom werd ik als fraudeur gezien', [BRIEF, a(45)], 'fraudeur'),
  e('zin', 'werd ik gediscrimineerd om mijn nationaliteit', [a(60), BRIEF], 'nationaliteit'),
  e('zin', 'hoe wordt discriminatie bij de overheid aangepakt', [BRIEF, a(59), a(61), a(62), a(58)], 'discriminatie'),
  e('zin', 'kan ik mijn dossier inzien', [a(63), a(12), a(31)], 'stukken'),
  e('zin', 'waar vind ik de stukken over de affaire', [a(63)], 'KOT-affaire'),
  e('zin', 'wat is de catshuisregeling', [a(1), BRIEF], 'Catshuisregeling'),
  e('zin', 'hoe lang duurt het herstel nog', [a(1), BRIEF], 'herstel'),
  e('zin', 'wie beslist over de hoogte van mijn schade', [BRIEF, a(10)], 'schade'),
  e('zin', 'worden de fouten van de belastingdienst erkend', [BRIEF], 'erkenning voor de gemaakte fouten'),
  e('zin', 'wat als ik het niet eens ben met het besluit', [BRIEF, a(49), a(50), a(36)], 'bezwaar'),
  e('zin', 'gebruikt de overheid nog algoritmes om mensen te controleren', [a(82), a(80), BRIEF], 'algoritmes'),
  e('zin', 'wat is er gebeurd met het rapport ongekend onrecht', [BRIEF], 'Ongekend onrecht'),
  e('zin', 'komt er een nieuw toeslagenstelsel', [BRIEF, a(14)], 'toeslagenstelsel'),
  e('zin', 'wie is de persoonlijk zaakbehandelaar', [BRIEF], 'persoonlijk zaakbehandelaar'),
  e('zin', 'ik heb schulden bij de belastingdienst wat nu', [a(41), a(42), a(43), a(2)], 'schulden'),
  e('zin', 'mijn kinderen hebben ook last gehad', [a(6), a(9), a(10)], 'kinderen'),
  e('zin', 'wat doet de gemeente voor mij', [a(5)], 'gemeenten'),
  e('zin', 'ik wil met iemand praten', [a(28), a(11), BRIEF], 'loket'),
  // Everyday words for what the sources call otherwise.
  e('alledaags', 'geld terug belastingdienst', [a(1), BRIEF], 'compensatie'),
  e('alledaags', 'schadevergoeding ouders', [a(1), a(10), BRIEF], 'compensatie'),
  e('alledaags', 'hulp voor kinderen', [a(6), a(9), a(10), BRIEF], 'kinderen'),
  e('alledaags', 'excuses van de overheid', [BRIEF], 'erkenning'),
  e('alledaags', 'slachtoffers toeslagen', [a(3), BRIEF, a(7)], 'slachtoffers'),
  e('alledaags', 'deurwaarder', [a(2), a(3), a(4), a(41), a(43)], 'schulden'),
  e('alledaags', 'betalingsregeling belasting', [a(43)], 'betalingsregeling'),
  e('alledaags', 'advocaat voor ouders', [BRIEF, a(49), RR], 'rechtsbijstand'),
  e('alledaags', 'lening bkr registratie weg', [a(8)], 'BKR'),
  e('alledaags', 'huis kwijt door toeslagen', [a(5), BRIEF], 'wonen'),
  e('alledaags', 'racisme belastingdienst', [a(52), a(56), BRIEF, a(59)], 'racisme'),
  e('alledaags', 'risicoprofiel nationaliteit', [a(60), BRIEF], 'risicomodellen'),
  e('alledaags', 'fraudelijst', [a(12)], 'FSV'),
  e('alledaags', 'telefoon serviceteam bellen', [a(11)], 'belverkeer'),
  e('alledaags', 'creche kosten overheid betalen', [a(13), a(16)], 'kinderopvang'),
  e('alledaags', 'meldpunt fouten overheid', [a(31)], 'meldpunt fouten in overheidsregistraties'),
  // Words written apart that the sources write together, and the reverse.
  e('los-of-vast', 'toeslagen affaire', [a(63), a(64), BRIEF], 'KOT-affaire'),
  e('los-of-vast', 'toeslagenaffaire stukken', [a(63)], 'KOT-affaire'),
  e('los-of-vast', 'kinderopvang toeslag afschaffen', [a(16)], 'afschaffing kinderopvangtoeslag'),
  e('los-of-vast', 'zwartelijst', [a(12)], 'zwarte lijst'),
  e('los-of-vast', 'kind panel', [a(6)], 'Kindpanel'),
  e('los-of-vast', 'service team gedupeerden', [a(11)], 'Serviceteam'),
  e('los-of-vast', 'schulden aanpak gemeenten', [a(5)], 'schuldenaanpak'),
  e('los-of-vast', 'herstel operatie opschalen', [a(1)], 'hersteloperatie'),
  e('los-of-vast', 'algoritme register', [a(80)], 'algoritmeregister'),
  e('los-of-vast', 'maatwerk loket gemeenten', [a(33)], 'Maatwerkloket'),
  e('los-of-vast', 'kinder fonds', [a(9)], 'Kinderfonds'),
  e('los-of-vast', 'schuldhulp', [a(5)], 'schuldhulpverlening'),
  // Numbers in any form.
  e('getal', '30000 euro', [a(1), a(2), a(3)], '30.000'),
  e('getal', '€ 30.000 compensatie', [a(1), BRIEF], '30.000'),
  e('getal', '30 000 schulden', [a(2), a(3)], '30.000'),
  e('getal', '18000 ouders', [a(1), BRIEF], '18.000 ouders'),
  e('getal', '500 ouders wachten', [a(1)], '500 ouders wachten'),
  e('getal', '1000 ouders integrale beoordeling', [a(1)], '1000 ouders'),
  e('getal', 'acht honderd ouders persoonlijk geholpen', [BRIEF], 'achthonderd ouders persoonlijk geholpen'),
  e('getal', 'actie 41', [a(41)], 'Invorderingsstrategie'),
  e('getal', '29 362 nr. 290', [WAU], 'Werk aan Uitvoering'),
  e('getal', '35510-60', [BRIEF], '35 510'),
];
