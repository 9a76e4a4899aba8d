/*
 * Registers the service worker (sw.js at the root of the site, src/client/sw.ts). It keeps the pages the reader
 * reads, so they can be read again without a network; the whole site only when the reader asks.
 * Not on file://: there are no service workers there.
 */
import { scriptBase } from './script-base.ts';
import type { PageMessage } from './sw-contract.ts';

/** The page and the files it loaded (style sheets, scripts), for the worker to keep. */
export function pageFiles(href: string, entries: readonly { initiatorType: string; name: string }[]): string[] {
  const urls = [href.split('#')[0] ?? href];
  for (const entry of entries) {
    if (entry.initiatorType === 'link' || entry.initiatorType === 'script' || entry.initiatorType === 'css') urls.push(entry.name);
  }
  return urls;
}

function start(): void {
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  const sw = new URL('sw.js', scriptBase());
  // Whether a worker served this page; the worker may take control later (clients.claim).
  const controlledAtLoad = !!navigator.serviceWorker.controller;
  const keepThisPage = (registration: ServiceWorkerRegistration): void => {
    // This page was loaded before the worker controlled it: ask it to keep the page and its files.
    if (controlledAtLoad || !registration.active) return;
    const message: PageMessage = { type: 'keep', urls: pageFiles(location.href, performance.getEntriesByType('resource') as PerformanceResourceTiming[]) };
    registration.active.postMessage(message);
  };
  const register = (): void => {
    navigator.serviceWorker
      .register(sw.href)
      .then(() => navigator.serviceWorker.ready)
      .then(keepThisPage)
      .catch((err: unknown) => console.warn('Service worker niet geregistreerd:', err));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}

if (typeof document !== 'undefined') start();
