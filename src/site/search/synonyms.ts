/**
 * The reviewed synonym and everyday-word table of the search (content/synoniemen.json):
 * what a reader may type (`woorden`) and what the sources say instead (`doelen`), each
 * entry with its reason. Validated when the site is indexed: a target that does not occur
 * in the corpus stops the build, with the entry and the target named.
 */
import { z } from 'zod';

const phrase = z.string().trim().min(2, 'een woord of woordgroep van ten minste twee tekens');

export const SynonymEntrySchema = z
  .object({
    woorden: z.array(phrase).min(1, 'ten minste één woord dat een lezer typt'),
    doelen: z.array(phrase).min(1, 'ten minste één woord uit de bronnen'),
    reden: z.string().trim().min(10, 'de reden van de vermelding, in een zin'),
  })
  .strict();

export const SynonymTableSchema = z.object({ toelichting: z.string(), synoniemen: z.array(SynonymEntrySchema) }).strict();

export type SynonymEntry = z.infer<typeof SynonymEntrySchema>;

const fold = (s: string) => s.toLocaleLowerCase('nl').normalize('NFD').replace(/\p{M}/gu, '');
/** Words of a text as the check compares them: folded, hyphens and punctuation as spaces. */
const words = (s: string) => ` ${(fold(s).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * Parses the table and checks every target against the corpus texts: a target must occur
 * as a word or phrase (folded, hyphens as spaces) in at least one text. Throws with every
 * problem listed, for the editor.
 */
export function validateSynonyms(json: unknown, texts: readonly string[], file = 'content/synoniemen.json'): SynonymEntry[] {
  const parsed = SynonymTableSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const corpus = texts.map(words);
  const problems: string[] = [];
  parsed.data.synoniemen.forEach((e, i) => {
    for (const target of e.doelen) {
      const w = words(target);
      if (!corpus.some((t) => t.includes(w))) problems.push(`synoniemen[${i}] («${e.woorden[0]}»): het doel «${target}» komt nergens in de bronnen voor`);
    }
  });
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return parsed.data.synoniemen;
}
