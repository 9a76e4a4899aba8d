/** The themes of the letter and the rule that places actions under them. Part of the interface strings (src/site/strings.ts). */

export const themes = {
  themesTitle: 'Thema’s',
  themesIntro: 'De brief van 29 juni 2021 beschrijft de stand van zaken in zes thema’s. Per thema: de tekst van de brief en de acties uit de bijlage.',
  theme: (n: number, title: string) => `${n}. ${title}`,
  themeActions: (n: number) => (n === 1 ? '1 actie' : `${n} acties`),
  themeLetterText: 'De tekst van de brief',
  themeActionsTitle: 'De acties bij dit thema',
  themesUnthemed: (n: number) => `${n === 1 ? '1 actie hoort' : `${n} acties horen`} bij geen thema (onderdeel «OVERIG» van de bijlage).`,
  themeMapping: 'Waarom deze acties bij dit thema horen',
  themeLetterSourceAfter: ' (Kamerstuk 35 510, nr. 60)',
  /**
   * The rule by which actions belong to a theme, for one theme: the paragraph of the letter that
   * discusses the action, otherwise the annex section; with the exceptions both ways.
   */
  themeMappingText: (
    theme: number,
    sections: readonly string[],
    extra: readonly number[],
    elsewhere: readonly { action: number; theme: number }[],
    listed: readonly number[] = [],
  ) => {
    const acts = (ns: readonly number[]) => (ns.length === 1 ? `actie ${ns[0]}` : `de acties ${ns.slice(0, -1).join(', ')} en ${ns[ns.length - 1]}`);
    const rule = `Een actie hoort bij het thema van de paragraaf van de brief die haar bespreekt. Bespreekt de brief haar niet, dan volgt het thema uit het onderdeel van de bijlage waarin ze staat: bij thema ${theme} ${sections.length === 1 ? 'het onderdeel' : 'de onderdelen'} ${sections.map((x) => `«${x}»`).join(' en ')}.`;
    const one = extra.length === 1;
    const plus = extra.length
      ? ` Daarom ${one ? 'hoort' : 'horen'} ook ${acts(extra)} bij dit thema: ${one ? 'ze staat' : 'ze staan'} in een ander onderdeel van de bijlage, maar paragraaf ${theme} van de brief bespreekt ${one ? 'haar' : 'ze'}.`
      : '';
    const listedOnly = listed.length
      ? ` Ook ${acts(listed)} ${listed.length === 1 ? 'hoort' : 'horen'} bij dit thema, volgens de indeling van de redactie.`
      : '';
    const byTheme = [...new Set(elsewhere.map((e) => e.theme))].sort((a, b) => a - b);
    const minus = byTheme.length
      ? ` ${byTheme
          .map((th) => {
            const ns = elsewhere.filter((e) => e.theme === th).map((e) => e.action);
            return `${ns.length === 1 ? 'Actie' : 'De acties'} ${ns.length === 1 ? ns[0] : `${ns.slice(0, -1).join(', ')} en ${ns[ns.length - 1]}`} uit ${sections.length === 1 ? 'dit onderdeel' : 'deze onderdelen'} ${ns.length === 1 ? 'hoort' : 'horen'} bij thema ${th}, omdat paragraaf ${th} van de brief ${ns.length === 1 ? 'haar' : 'ze'} bespreekt.`;
          })
          .join(' ')}`
      : '';
    return `${rule}${plus}${listedOnly}${minus} Deze indeling is een keuze van de redactie.`;
  },
} as const;
