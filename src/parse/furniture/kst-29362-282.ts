import type { FurnitureRule } from './index.ts';

/** Page furniture of the OCR text of Kamerstuk 29 362, nr. 282 (kst-29362-282.ocr.txt). */
export const rules: FurnitureRule[] = [
  {
    id: 'kst-29362-282-page-footer',
    reason:
      'De voetregel van het gedrukte Kamerstuk («Tweede Kamer, vergaderjaar 2019-2020, 29 362, nr. 282 5»): vindplaats en paginanummer, geen deel van de brief. Het paginanummer blijft bewaard als pagina van de tekst.',
    // Groups: vergaderjaar, dossier, number, page (checked against the document by the parser).
    pattern: /Tweede Kamer, vergaderjaar (\d{4}-\d{4}), (\d+ \d+), nr\. (\d+) (\d+)/,
  },
];
