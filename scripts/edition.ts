/**
 * Record a released edition: content/editions/<version>.json with a SHA-256 per page, per
 * correction, and the changes since the previous recorded edition (src/site/changelog.ts).
 * The previous edition's pages and corrections are read from the commit that recorded it.
 *
 * Usage: node scripts/edition.ts [--date YYYY-MM-DD] [--pages content/pages] [--replace] [--root dir]
 *   version: package.json; date: --date, else the date of the last commit.
 * Then commit content/editions/<version>.json.
 */
import { relative, resolve } from 'node:path';
import { ROOT } from './lib/inputs.ts';
import { recordEdition } from './lib/editions.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

try {
  const root = resolve(arg('--root') ?? ROOT);
  const { file, record } = recordEdition(root, { date: arg('--date'), pages: arg('--pages'), replace: process.argv.includes('--replace') });
  console.log(
    `edition ${record.version} (${record.date}): ${Object.keys(record.pages).length} pages, ` +
      `${record.changes.length} changed since ${record.previous ?? '(first edition)'} → ${relative(root, file)}`,
  );
} catch (err) {
  console.error(`edition failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
