/** Debian's Chromium, as the tests and the benchmark launch it (no network beyond 127.0.0.1). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's two builds of Chromium: the headless shell (package chromium-headless-shell) and the browser (package chromium). */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the tests drive: CHROMIUM_PATH when set; else Debian's headless shell when it is
 * installed — the same engine and version as the browser, without its window layer, and about a
 * fifth less processor time for the same pages (every page with axe: 73 s against 91 s on 2
 * cores) —; else the browser.
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The tests' Chromium (and the scripts' that only look at pages): CHROMIUM_ARGS, and V8 without
 * its optimising compilers (Maglev and TurboFan). A test page is a new document that runs
 * axe-core (550 kB) once or twice and is left: what the compilers optimise is thrown away with
 * the page, so their work on the renderer's other threads is lost. The same JavaScript runs, on
 * V8's first two tiers. Every page with axe in one tab (124 pages: load, every rule, the colour
 * rules in the other scheme): 86–88 s of processor time and 53 s without the flag, 59–61 s and
 * 41–43 s with it; tests/site/every-page.test.ts: 156–192 s and 80–100 s, against 101 s and
 * 53 s. The benchmark keeps CHROMIUM_ARGS: it measures the browser as readers have it.
 */
export const TEST_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--js-flags=--no-opt --no-maglev'];

/** Chromium with TEST_CHROMIUM_ARGS. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: TEST_CHROMIUM_ARGS });
}
