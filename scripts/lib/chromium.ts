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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
