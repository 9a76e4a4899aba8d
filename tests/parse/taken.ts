/**
 * What a parser's trace says it put into one stream of the model, as letters (spacing,
 * punctuation, hyphenation and the editorial sentinels left out), for comparing with the
 * model's text of that stream.
 */
import { resolveSentinels } from '../../src/parse/corrections.ts';
import { letters, type Trace } from '../../src/parse/source.ts';

export function takenLetters(trace: Pick<Trace, 'fragments'>, stream: string): string {
  return letters(
    resolveSentinels(
      trace.fragments
        .filter((f) => f.stream === stream)
        .map((f) => f.text)
        .join(' '),
    ),
  );
}
