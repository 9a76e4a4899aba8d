/**
 * The steps after Astro has written the pages, in a process of their own (started by the
 * integration, scripts/lib/astro/edition.ts): the classic scripts from public/ minified,
 * those in src/client/ bundled, search (Pagefind with the Dutch terms, the same index for
 * file://) and the offline step (relative links, service worker, zip). Run here, the memory
 * they take is never added to what the Astro process holds: the build's peak is the larger
 * of the two processes, not their sum.
 *
 * The integration starts this process (with --wait) when Astro starts: while Astro starts and
 * bundles, it loads its modules, parses the Hunspell word list and starts Pagefind's service.
 * Two lines come on stdin: the first when the model is written (content/generated/; it is read
 * then), the second with the folder Astro wrote the site to; nothing here reads or writes that
 * folder before. When stdin closes before a line (Astro failed, or its process ended), it
 * exits at once.
 * A copy of each page Astro renders comes on file descriptor 3 (scripts/lib/astro/page-copies.ts):
 * read for search as it comes, and scanned for the URLs the offline step makes relative when
 * this process has nothing more pressing to do. Once ready, it says so (READY_FOR_COPIES); the
 * copies that came before wait in the pipe until then.
 *
 * Usage: node scripts/lib/astro/finish.ts DIST|--wait PUBLIC REPORT   (--wait: a line once the model is written, then DIST, on stdin)
 *   prints its log lines; writes to REPORT (JSON) the time of each step and the process's
 *   memory when ready, after search and after the offline step.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { bundleClientScripts } from '../client.ts';
import { minifyPublicScripts } from '../minify.ts';
import { deflateFilesAhead, offlineBuild, relativeLinks, scanPage, type RelativeLinks, type ScannedPage } from '../offline/index.ts';
import { deflateAhead } from '../offline/zip.ts';
import { workerCode } from '../offline/serviceworker.ts';
import { indexSite, pageCopies, prepareSearch, type PageCopies } from '../search/index-site.ts';
import { READY_FOR_COPIES, readPageFrames } from './page-copies.ts';
import { idleWork } from './idle.ts';
import { peakRss, processorTime, stepLog, type MemoryAt, type ProcessFigures, type StepTimes } from './steps.ts';

/** How many characters of pages waiting to be scanned for their URLs this process holds (beyond, a page is scanned from its file). */
const SCANS_HELD = 32 * 2 ** 20;

export interface FinishReport {
  steps: StepTimes;
  memory: MemoryAt[];
  /** The peak memory of this process and of Pagefind's service. */
  peaks: Pick<ProcessFigures, 'finish' | 'pagefind'>;
  /** The processor time of this process and of Pagefind's service, in milliseconds. */
  cpu: Pick<ProcessFigures, 'finish' | 'pagefind'>;
  /**
   * The pages search indexed, the copies of them that came, how many it read from their copies
   * (scripts/lib/astro/page-copies.ts), and how many went to Pagefind as they came.
   */
  search: { pages: number; copies: number; copied: number; early: number };
}

/**
 * The steps after Astro, on the site in `dist` once it is there; the search step's setup
 * (word list, model, Pagefind's service), which needs no page, is made while it is awaited.
 */
export async function finishBuild(
  dist: string | Promise<string>,
  publicDir: string,
  log: (line: string) => void,
  copies?: { pages: PageCopies; links: ReadonlyMap<string, ScannedPage>; done: Promise<void> },
  model?: Promise<unknown>,
): Promise<FinishReport> {
  const { steps, memory, note, timed } = stepLog();
  const search = await timed('prepare', () => prepareSearch(model));
  note('ready');
  if (copies) log(READY_FOR_COPIES);
  // SEARCH_RECORDS_PER_INDEX: fewer records per Pagefind index than RECORDS_PER_INDEX (a test builds a small site with several indexes).
  const perIndex = Number(process.env.SEARCH_RECORDS_PER_INDEX) || undefined;
  // From here on, once the pages' files are known, each copy's records go to Pagefind as it comes, in the order of the files
  // (a page that came before is indexed once Astro is done, and so are those after it).
  copies?.pages.start(search, perIndex);
  const dir = await dist;
  // Every copy read (the build process ends the pipe before it sends the folder).
  await copies?.done;
  // Before Pagefind and the offline step: the worker lists and the zip holds the files as served.
  const min = minifyPublicScripts(publicDir, dir);
  log(`scripts: ${min.files} from public/ minified, ${(min.before / 1024).toFixed(1)} → ${(min.after / 1024).toFixed(1)} KiB`);
  // The client scripts are bundled by esbuild in its own process while the search index is made
  // (the search step reads only the HTML pages); the offline step waits for both. Not before
  // the site is there: esbuild's threads would take the core Astro renders on.
  const bundling = bundleClientScripts(dir);
  // The service worker's code in the same esbuild process; its manifest is added when the files are known.
  const worker = workerCode();
  // Their failure is reported where they are awaited; should the search step fail first, that error is the one reported.
  bundling.catch(() => {});
  worker.catch(() => {});
  // Search first (Pagefind, Dutch terms, the same engine for file://): the offline step lists its files.
  // The offline step's relative links are made while Pagefind builds its index (in its own process);
  // then the pages and the other files the zip holds are deflated by Node's thread pool, on the
  // core this thread leaves free, while search goes on.
  let links: RelativeLinks | undefined;
  const ahead = deflateAhead();
  const meanwhile = () => {
    links = relativeLinks(dir, copies?.links, (file, data) => ahead.add(file, data));
    deflateFilesAhead(dir, ahead);
  };
  const indexed = await timed('pagefind', () => indexSite(dir, log, search, meanwhile, copies?.pages, perIndex));
  note('after search');
  const client = await bundling;
  log(`scripts: ${client.files} from src/client/ bundled, ${(client.bytes / 1024).toFixed(1)} KiB`);
  const code = await worker;
  log(await timed('offline', () => offlineBuild(dir, links, code, ahead)));
  note('after the offline step');
  return {
    steps,
    memory,
    peaks: { finish: peakRss(), pagefind: indexed.servicePeak },
    cpu: { finish: processorTime(), pagefind: indexed.serviceCpu },
    search: { pages: indexed.pages, copies: indexed.copies, copied: indexed.copied, early: indexed.early },
  };
}

/** The lines on stdin, one at each call, as they come; undefined once stdin has closed. */
function stdinLines(): () => Promise<string | undefined> {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  return async () => {
    const next = await lines.next();
    return next.done ? undefined : next.value;
  };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const wait = args[0] === '--wait';
  const [dist, publicDir, report] = args;
  if (!dist || !publicDir || !report) {
    console.error('usage: node scripts/lib/astro/finish.ts DIST|--wait PUBLIC REPORT');
    process.exit(2);
  }
  // Waiting, stdin closed before its line: the build process has gone without a model or a
  // site (the ingest or Astro failed, or the build was stopped); nothing to finish, and no
  // process left behind.
  // Not reading stdin otherwise: an open stdin would keep the process from ending.
  const line = wait ? stdinLines() : undefined;
  const expect = () => line!().then((l) => l ?? process.exit(1));
  const model = wait ? expect() : undefined;
  const built = model ? model.then(expect) : dist;
  // Waiting: the copies of the pages Astro renders come on file descriptor 3 (scripts/lib/astro/page-copies.ts), each read as it comes.
  // Each is read for search (pageCopies) and scanned for its URLs (scanPage, for the offline step's relative links).
  // Search reads a copy at once; the scan waits until every copy that has come is read for
  // search (idleWork), so that search is not behind when Astro is done. The pages not scanned by
  // then (or beyond SCANS_HELD) are scanned from their files by relativeLinks, while Pagefind builds its index.
  const pages = pageCopies();
  const links = new Map<string, ScannedPage>();
  const scans = idleWork<{ file: string; html: string; bytes: number }>(
    ({ file, html, bytes }) => links.set(file, scanPage(html, bytes)),
    (p) => p.html.length,
    SCANS_HELD,
  );
  const onPage = (file: string, body: Buffer) => {
    // Before the first page: the files of all the pages Astro is to render (pageListFrame).
    if (file === '') return pages.expect(body.toString('utf8').split('\n').filter(Boolean));
    const html = body.toString('utf8');
    pages.add(file, html, body.byteLength);
    scans.add({ file, html, bytes: body.byteLength });
  };
  const copies = wait
    ? {
        pages,
        links,
        done: readPageFrames(createReadStream('', { fd: 3 }), onPage).then(() => {
          scans.stop();
        }),
      }
    : undefined;
  // Reported where it is awaited (finishBuild, once the site is there).
  copies?.done.catch(() => {});
  try {
    writeFileSync(report, JSON.stringify(await finishBuild(built, publicDir, (l) => console.log(l), copies, model)));
  } catch (err) {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  }
}
