/**
 * Licences of the edition and the reuse status of its sources, in one place: the README,
 * /data/, «Over deze uitgave», CITATION.cff, package.json and every data file refer to
 * these (tests/licence.test.ts checks that they agree).
 *
 *   code (src/, scripts/, tests/, …)                     EUPL-1.2  → LICENSE
 *   the edition's own work: model, corrections, editorial
 *   mapping, open data, change log                        CC0-1.0   → LICENSES/CC0-1.0.txt
 *   the source texts (Kamerstukken)                       not ours: see SOURCE_REUSE
 */
export interface Licence {
  /** SPDX identifier. */
  id: string;
  name: string;
  /** The licence's official address. */
  url: string;
  /** The full text in this repository (taken from the SPDX licence list). */
  file: string;
  /** Site path where the full text is published beside the data. */
  path: string;
}

export const CODE_LICENCE: Licence = {
  id: 'EUPL-1.2',
  name: 'European Union Public Licence v. 1.2',
  url: 'https://joinup.ec.europa.eu/page/eupl-text-11-12',
  file: 'LICENSE',
  path: '/licenties/EUPL-1.2.txt',
};

export const DATA_LICENCE: Licence = {
  id: 'CC0-1.0',
  name: 'CC0 1.0 Universeel',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  file: 'LICENSES/CC0-1.0.txt',
  path: '/licenties/CC0-1.0.txt',
};

export const LICENCES = [CODE_LICENCE, DATA_LICENCE] as const;

/** package.json `license`: code under EUPL-1.2 and the edition's own work under CC0-1.0. */
export const SPDX_EXPRESSION = `${CODE_LICENCE.id} AND ${DATA_LICENCE.id}`;

/**
 * The reuse status of the source texts, as the law states it (quoted, with the address of
 * the official text of the Auteurswet on wetten.overheid.nl). The letters are works made
 * public by the government (art. 15b); art. 11 covers laws and decisions, which they are
 * not. None of the five source files reserves copyright (tests/licence.test.ts checks the
 * seeds for a reservation).
 */
export const SOURCE_REUSE = {
  law: 'Auteurswet',
  lawUrl: 'https://wetten.overheid.nl/BWBR0001886/',
  articles: [
    {
      article: 'artikel 15b, eerste lid',
      url: 'https://wetten.overheid.nl/BWBR0001886/',
      quote:
        'Als inbreuk op het auteursrecht op een door of vanwege de openbare macht openbaar gemaakt werk van letterkunde, wetenschap of kunst, waarvan de openbare macht de maker of rechtverkrijgende is, wordt niet beschouwd verdere openbaarmaking of verveelvoudiging daarvan, tenzij het auteursrecht, hetzij in het algemeen bij wet, besluit of verordening, hetzij in een bepaald geval blijkens mededeling op het werk zelf of bij de openbaarmaking daarvan uitdrukkelijk is voorbehouden.',
    },
    {
      article: 'artikel 11',
      url: 'https://wetten.overheid.nl/BWBR0001886/2026-01-01#HoofdstukI_Paragraaf3_Artikel11',
      quote:
        'Er bestaat geen auteursrecht op wetten, besluiten en verordeningen, door de openbare macht uitgevaardigd, noch op rechterlijke uitspraken en administratieve beslissingen.',
    },
  ],
  /** Where the official texts are published. */
  publisher: 'https://zoek.officielebekendmakingen.nl/',
} as const;
