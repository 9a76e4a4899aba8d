/** Help for parents and «Wat gebeurde er daarna?». Part of the interface strings (src/site/strings.ts). */

export const help = {
  helpTitle: 'Bent u gedupeerde ouder?',
  helpIntro: 'Deze site is een leesuitgave, geen loket. Voor hulp en voor uw eigen situatie kunt u hier terecht:',
  helpChecked: (date: string) => `Adressen gecontroleerd op ${date}.`,
  followUpTitle: 'Wat gebeurde er daarna?',
  followUpIntro:
    'Latere officiële stukken die verslag doen over de acties van dit thema, gekozen door de redactie. Deze uitgave vat ze niet samen: lees ze op officielebekendmakingen.nl.',
  followUpIncomplete:
    'De lijst is niet volledig. De redactie neemt alleen stukken op waarvan zij het nummer, de datum en de titel in een officiële lijst of een officieel stuk heeft gecontroleerd.',
  followUpNone: 'Voor dit thema heeft de redactie nog geen latere stukken in een officiële lijst kunnen controleren.',
  followUpDossiers: 'Alle latere stukken staan in de Kamerstukdossiers op officielebekendmakingen.nl, onder meer',
  followUpChecked: 'gecontroleerd in',
  followUpDate: (date: string) => `brief van ${date}`,
} as const;
