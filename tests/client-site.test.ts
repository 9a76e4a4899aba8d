/** The pure part of the site script (src/client/site-logic.ts): colour choice, the printed margin's text. */
import { describe, expect, it } from 'vitest';
import { colourChoice, cssString, runningLines, themeOf } from '../src/client/site-logic.ts';

describe('colour choice', () => {
  it('keeps «licht» and «donker», and follows the system for anything else', () => {
    expect(colourChoice('licht')).toBe('licht');
    expect(colourChoice('donker')).toBe('donker');
    for (const v of [null, '', 'dark', 'systeem']) expect(colourChoice(v)).toBe('systeem');
    expect(themeOf('licht')).toBe('light');
    expect(themeOf('donker')).toBe('dark');
    expect(themeOf('systeem')).toBeUndefined();
  });
});

describe('the printed margin', () => {
  it('joins the paragraphs as lines and writes them as one CSS string', () => {
    const lines = runningLines(['  Onofficiële   leesuitgave ', '', 'Kamerstukken II 2020/21, 35 510, nr. 60\n']);
    expect(lines).toBe('Onofficiële leesuitgave\nKamerstukken II 2020/21, 35 510, nr. 60');
    expect(cssString('Zo "heet" het\\nu\nen dan')).toBe('"Zo \\"heet\\" het\\\\nu\\a en dan"');
  });
});
