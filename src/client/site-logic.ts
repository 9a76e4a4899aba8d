/** The pure part of src/client/site.ts (tests/client-site.test.ts). */

export type ColourChoice = 'licht' | 'donker' | 'systeem';

/** The stored colour choice, or «systeem» for anything else (nothing stored, an old value). */
export function colourChoice(stored: string | null): ColourChoice {
  return stored === 'licht' || stored === 'donker' ? stored : 'systeem';
}

/** The data-theme value for a choice: the page follows the system where there is none. */
export function themeOf(choice: ColourChoice): 'light' | 'dark' | undefined {
  return choice === 'licht' ? 'light' : choice === 'donker' ? 'dark' : undefined;
}

/** Text as a CSS string: quote and backslash escaped, a line break as \a. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/** The lines of the printed margin: each paragraph's words on one line, empty ones left out. */
export function runningLines(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
