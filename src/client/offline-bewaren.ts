/*
 * «Bewaar deze site voor offline lezen» (src/components/OfflineSave.astro): asks the service
 * worker (src/client/sw.ts) to save the whole site, shows its progress, and
 * on every visit asks it whether, and when, the site was saved («bewaard op 5 december 2026»),
 * so a reload still says so.
 */
import { fill, savedOn } from './offline-logic.ts';
import type { PageMessage, WorkerMessage } from './sw-contract.ts';

function start(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-offline-save]');
  const status = document.querySelector('.offline-save .offline-status');
  if (!button || !status) return;
  const text = button.dataset;
  const say = (words: string | undefined) => {
    status.textContent = words || '';
  };
  const saved = (at: string | undefined) => {
    const day = savedOn(at);
    say(day ? fill(text.savedOn || '', { date: day }) : text.saved);
    document.documentElement.dataset.offline = 'bewaard';
  };
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') {
    button.disabled = true;
    say(location.protocol === 'file:' ? text.fromDisk : text.noWorker);
    return;
  }
  /** Sends a message to the active worker; its answers come to `onAnswer`. */
  const ask = (type: 'save-all' | 'status', onAnswer: (msg: Partial<WorkerMessage>) => void): Promise<void> =>
    navigator.serviceWorker.ready.then((registration) => {
      const worker = registration.active;
      if (!worker) throw new Error('no active service worker');
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<WorkerMessage | undefined>) => onAnswer(event.data || {});
      worker.postMessage({ type } satisfies PageMessage, [channel.port2]);
    });
  // Saved before? Say so, with the day.
  ask('status', (msg) => {
    if (msg.type === 'status' && msg.saved) saved(msg.at);
  }).catch(() => {});
  button.addEventListener('click', () => {
    button.disabled = true;
    say(text.saving);
    ask('save-all', (msg) => {
      if (msg.type === 'progress') say(fill(text.progress || '', { done: msg.done || 0, total: msg.total || 0 }));
      else if (msg.type === 'saved') {
        saved(msg.at);
        button.disabled = false;
      } else if (msg.type === 'failed') {
        say(text.failed);
        button.disabled = false;
      }
    }).catch(() => {
      say(text.failed);
      button.disabled = false;
    });
  });
}

start();
