/** The source of axe-core, read once: injected into pages by tests/site/helpers/browser.ts and axe.ts. */
import { readFileSync } from 'node:fs';
import { AXE } from './paths.ts';

export const AXE_SOURCE = readFileSync(AXE, 'utf8');
