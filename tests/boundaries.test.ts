/**
 * The flow of the project runs one way:
 *
 *   seeds → src/parse → src/model ← src/site, src/components, src/pages, src/layouts
 *
 * driven by thin scripts (scripts/, astro.config.mjs). A module may import its own
 * layer and the layers it is allowed to read; anything else is a back-edge.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

type Layer = 'model' | 'parse' | 'site' | 'scripts' | 'tests' | 'other';

const ALLOWED: Record<Layer, readonly Layer[]> = {
  model: ['model'],
  parse: ['parse', 'model'],
  site: ['site', 'model'],
  scripts: ['scripts', 'site', 'parse', 'model'],
  tests: ['tests', 'scripts', 'site', 'parse', 'model'],
  other: [],
};

export function layerOf(path: string): Layer {
  if (path.startsWith('src/model/')) return 'model';
  if (path.startsWith('src/parse/')) return 'parse';
  if (path.startsWith('src/')) return 'site';
  if (path.startsWith('scripts/') || path === 'astro.config.mjs') return 'scripts';
  if (path.startsWith('tests/')) return 'tests';
  return 'other';
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative import specifiers of a module's source. */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec && spec.startsWith('.')) out.push(spec);
  }
  return out;
}

export interface Violation {
  from: string;
  to: string;
}

/** Imports that run against the flow, for files given by project-relative path and source. */
export function violations(files: readonly { path: string; source: string }[]): Violation[] {
  const out: Violation[] = [];
  for (const { path, source } of files) {
    const from = layerOf(path);
    for (const spec of importsOf(source)) {
      const to = relative(ROOT, resolve(ROOT, dirname(path), spec))
        .split('\\')
        .join('/');
      if (!ALLOWED[from].includes(layerOf(to))) out.push({ from: path, to });
    }
  }
  return out;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|mts|mjs|js|astro|mdx)$/.test(name)) out.push(full);
  }
  return out;
}

describe('import boundaries', () => {
  it('finds a back-edge in small inputs made for it', () => {
    expect(
      violations([
        { path: 'src/parse/enrich.ts', source: "import { routes } from '../site/routes.ts';" },
        { path: 'src/site/model.ts', source: "import x from '../parse/corpus.ts';\nimport y from '../model/schema.ts';" },
        { path: 'src/model/schema.ts', source: "export { a } from '../site/strings.ts';" },
        { path: 'scripts/bench.ts', source: "const m = await import('../tests/site/helpers/server.ts');" },
        { path: 'src/pages/data/x.ts', source: "import '../../../scripts/lib/offline/opendata.ts';" },
      ]),
    ).toEqual([
      { from: 'src/parse/enrich.ts', to: 'src/site/routes.ts' },
      { from: 'src/site/model.ts', to: 'src/parse/corpus.ts' },
      { from: 'src/model/schema.ts', to: 'src/site/strings.ts' },
      { from: 'scripts/bench.ts', to: 'tests/site/helpers/server.ts' },
      { from: 'src/pages/data/x.ts', to: 'scripts/lib/offline/opendata.ts' },
    ]);
  });

  it('no module of the project imports against the flow', () => {
    const files = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'scripts')), ...walk(join(ROOT, 'tests')), join(ROOT, 'astro.config.mjs')].map((full) => ({
      path: relative(ROOT, full).split('\\').join('/'),
      source: readFileSync(full, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  });
});
