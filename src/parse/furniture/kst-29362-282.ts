import type { FurnitureRule } from './index.ts';

/** Page furniture of the OCR text of Kamerstuk 29 362, nr. 282 (kst-29362-282.ocr.txt). */
export const rules: FurnitureRule[] = [
  {
    id: 'kst-29362-282-page-footer',
    reason:
      'Page footer of the printed Kamerstuk («Tweede Kamer, vergaderjaar 2019-2020, 29 362, nr. 282 5»): citation and page number of the page, not part of the letter; the page number is kept as the page of the blocks.',
    pattern: /Tweede Kamer, vergaderjaar \d{4}-\d{4}, \d+ \d+, nr\. \d+ \d+/,
  },
];
