/** Abbreviations and the glossary («Begrippen»). Part of the interface strings (src/site/strings.ts). */
import { DOCUMENTS_WORD } from './counts.ts';

export const glossary = {
  abbrTitle: 'Afkortingen',
  abbrIntro: `Afkortingen uit de ${DOCUMENTS_WORD} documenten. Waar een document een afkorting zelf uitschrijft, staat die uitleg hier met een link naar de plaats; de overige zijn door de redactie aangevuld.`,
  abbrFromText: 'uit de tekst',
  abbrEditorial: 'redactie',
  abbrGlossary: (abbr: string) => `Uitleg van ${abbr} bij Begrippen`,

  glossaryTitle: 'Begrippen',
  glossaryDescription: 'Woorden en afkortingen uit de brieven over het herstel na de kinderopvangtoeslagaffaire, in gewone taal uitgelegd.',
  glossaryIntro:
    'Woorden en afkortingen die u in de brieven tegenkomt, in gewone taal uitgelegd. De uitleg is van de redactie van deze uitgave; bij elk begrip staat waar de brieven het zeggen en op welke plaatsen de teksten het gebruiken. In de tekst van de brieven leidt het eerste gebruik van een begrip op een pagina hierheen.',
  glossaryContents: 'Alle begrippen',
  glossaryAlso: 'Ook:',
  glossaryAbbr: (abbr: string, expansion: string) => `${abbr} staat voor ${expansion}.`,
  glossarySource: 'Waar de brieven het zeggen:',
  glossaryPlaces: (n: number) => (n === 1 ? 'Op 1 plaats in de teksten' : `Op ${n} plaatsen in de teksten`),
  glossaryPlace: {
    paragraph: (n: string) => `alinea ${n}`,
    heading: (text: string) => `kopje «${text}»`,
    footnote: (n: string) => `voetnoot ${n}`,
    description: () => 'omschrijving',
    status: () => 'stand van zaken',
  },
  /** The title of a term link in the text. */
  glossaryLinkTitle: (term: string) => `Uitleg van «${term}» bij Begrippen`,
} as const;
