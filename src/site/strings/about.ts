/** «Over deze uitgave»: sources, reviewed decisions, corrections, furniture, hyphenation, cross-check, who and how to report. Part of the interface strings (src/site/strings.ts). */
import type { Correction } from '../../model/schema.ts';
import { DOCUMENTS_WORD } from './counts.ts';

export const about = {
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

  aboutDecisionsTitle: 'Alle redactionele beslissingen',
  aboutWhoTitle: 'Wie maakt deze uitgave, en waarom',
  aboutWho: [
    'Deze leesuitgave wordt gemaakt door een onafhankelijke redactie, niet door de overheid, de Belastingdienst of Herstel Toeslagen. Wat de redactie toevoegt (de indeling in thema’s, de titels, de correcties, de koppelingen) is gemarkeerd als redactioneel en staat met de reden op deze pagina.',
    `Waarom: de brieven over de vervolgacties na de toeslagenaffaire zijn lang, verspreid over ${DOCUMENTS_WORD} stukken en deels alleen als scan beschikbaar. Deze uitgave maakt ze leesbaar op elk scherm, doorzoekbaar, ook zonder internet te lezen, en per alinea te citeren met de pagina van het origineel — zonder een woord van de bron te veranderen.`,
  ] as readonly string[],
  aboutReportTitle: 'Een fout melden',
  aboutReport:
    'Ziet u een fout — een woord dat afwijkt van het origineel, een verkeerde pagina of link, een titel die niet klopt, of iets wat niet werkt met uw hulpmiddel? Meld het, met het adres van de pagina (of de link van de alinea, via «Citeer») en wat er volgens u moet staan. Elke correctie komt met haar reden in de lijst hieronder en in het overzicht van wijzigingen.',
} as const;
