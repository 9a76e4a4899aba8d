/** Open data: the data files, their titles and descriptions, what each field and CSV column means. Part of the interface strings (src/site/strings.ts). */
import { DOCUMENTS_WORD } from './counts.ts';

export const data = {
  /** The semicolon CSV (acties-excel.csv). */
  csvExcel: 'CSV voor Excel in het Nederlands, met puntkomma’s',
  dataTitle: 'Data',
  dataRights:
    'Eigen werk van deze uitgave: CC0 1.0. De teksten van de Kamerstukken: openbaar gemaakt door de overheid (artikel 15b Auteurswet), geen voorbehoud van auteursrecht.',
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
  dataDocumentsTitle: `De ${DOCUMENTS_WORD} documenten als gestructureerde tekst`,
  dataDocumentsDescription:
    'Kamerstuk 35 510, nr. 60 met bijlage, 29 362, nr. 290 en 29 362, nr. 282 zoals deze uitgave ze opbouwt: gegevens, kop, tekst in blokken en voetnoten; ook het hele model in één bestand.',
  dataDocumentDescription: (title: string) => `${title}: het document als gestructureerde tekst (blokken en voetnoten).`,
  dataModelTitle: 'Het volledige documentmodel',
  dataModelDescription: 'Alle documenten, de thema’s en alle correcties in één bestand.',
  dataDcatTitle: 'Catalogus (DCAT-AP-DONL)',
  dataDcatDescription: 'Beschrijving van de datasets van deze uitgave in DCAT-AP-DONL, het profiel van data.overheid.nl.',
  dataCatalogueDescription: 'Open data van een onofficiële leesuitgave van de kabinetsbrieven over de vervolgacties na de kinderopvangtoeslagaffaire.',
  /** A paragraph of the letter in a CSV cell: named as a paragraph, with its page beside it. */
  csvLetterParagraph: (anchor: string, page: number | null, role: string) =>
    `alinea ${anchor.replace(/^p/, '')} (#${anchor}${page === null ? '' : `, p. ${page}`}, ${role})`,
  dataFields: {
    nummer: 'Nummer van de actie in de bijlage (1–86).',
    titel:
      'Korte titel van de actie, dezelfde als op haar pagina en in elke lijst (content/titles.json). De bijlage geeft geen titels: meestal is hij van de redactie.',
    titelRedactioneel: 'true als de titel van de redactie is, false als hij letterlijk uit de bijlage komt. Alleen in de JSON.',
    sectie: 'Hoofdsectie van de bijlage, in hoofdletters zoals in de bron.',
    subsectie: 'Subsectie van de bijlage, of null.',
    thema:
      'Thema van de brief (35 510, nr. 60): de paragraaf van de brief die de actie bespreekt; bespreekt de brief haar niet, dan de redactionele indeling van de bijlage. Null voor sectie OVERIG.',
    omschrijving: 'Omschrijving van de actie als platte tekst; alinea’s gescheiden door een lege regel.',
    standVanZaken:
      'Stand van zaken zoals beschreven in de bijlage bij de brief van de datum in standVanZakenDatumBrief, als platte tekst; leeg als de bijlage er geen geeft.',
    standVanZakenDatumBrief:
      'Datum van de brief bij wier bijlage de stand van zaken hoort (ISO 8601). De bijlage zegt niet wanneer elke stand van zaken is geschreven. Null als de bijlage geen stand van zaken geeft.',
    moties:
      'Moties die de actie noemt, met hun dossier (35510 voor die uit het debat van 19 januari 2021), hun Kamerstuk en adres, en wie zegt welke motie het is: «tekst» als het nummer in de tekst staat, «redactie» als de tekst de motie zonder nummer noemt en de redactie haar vaststelt (met de reden, content/references.json). Dezelfde lijst als «Genoemde moties» op de pagina van de actie.',
    verwijstNaarActies: 'Nummers van andere acties waarnaar de actie verwijst («zie actie 18»).',
    voetnoten: 'Voetnoten bij de actie: nummer zoals gedrukt en tekst.',
    inBrief:
      'Alinea’s van de brief (35 510, nr. 60) die de actie bespreken of noemen, volgens de redactionele koppeling per alinea: het anker van de alinea («p19» is alinea 19, geen pagina), de pagina van het origineel waarop zij begint, en het adres van de alinea.',
    zieOok:
      'Redactioneel: acties over hetzelfde onderwerp («zie ook»), per groep met haar id en onderwerp (content/see-also.json). De bijlage zet ze niet bij elkaar. Alleen in de JSON.',
    url: 'Adres van de pagina van de actie op deze site (het volledige adres als de site met een adres is gebouwd, anders het pad).',
  },
  csvColumnDocs: {
    themanummer: 'Nummer van het thema van de brief, leeg bij sectie OVERIG.',
    thema: 'Titel van het thema van de brief, leeg bij sectie OVERIG.',
    formula: 'Een cel die met =, +, - of @ begint, krijgt een apostrof ervoor.',
    moties:
      'De moties zoals de bijlage ze noemt, elk met haar Kamerstuk tussen haakjes (en «nummer vastgesteld door de redactie» waar de tekst geen nummer geeft), gescheiden door «; ».',
    separated: 'Gescheiden door «; ».',
    voetnoten: 'Elke voetnoot als «nummer: tekst», gescheiden door «; ».',
    alineas:
      'Elke alinea als «alinea 19 (#p19, p. 5, rol)»: het nummer van de alinea, haar anker in de brief, de pagina van het origineel en de rol; gescheiden door «; ».',
    standDatum:
      'Datum van de brief bij wier bijlage de stand van zaken hoort (ISO 8601); de bijlage zegt niet wanneer elke stand van zaken is geschreven. Leeg als de bijlage geen stand van zaken geeft.',
  },
} as const;
