/**
 * Global setup of the corpus tier: the real corpus is built once, before any test file
 * runs, and handed to every file of the tier as a JSON file (tests/fixtures/corpus.ts reads
 * it). A file run alone, outside the tier, builds the corpus itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadInputs } from '../../scripts/lib/inputs.ts';
import { buildCorpus } from '../../src/parse/corpus.ts';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'hkt-corpus-'));
  const file = join(dir, 'built.json');
  writeFileSync(file, JSON.stringify(buildCorpus(loadInputs())));
  project.provide('builtCorpus', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtCorpus: string;
  }
}
