/**
 * The pure part of «Citeer» (src/client/citeer.ts): which paragraph is being read, how far to
 * scroll to keep it above the panel, its first words, and the link to copy. No DOM here:
 * rectangles and addresses in, answers out (tests/client-cite.test.ts).
 */

/** A vertical extent on the screen, in CSS pixels from the top of the viewport. */
export interface Extent {
  top: number;
  bottom: number;
}

/** How much of a block shows inside the free part of the screen. */
function visible(block: Extent, view: Extent): number {
  return Math.max(0, Math.min(block.bottom, view.bottom) - Math.max(block.top, view.top));
}

/**
 * The block being read, by index: the first preferred one (the paragraph last tapped, the one
 * the address points to) that shows in the free part of the screen (below the page bar, above
 * where the panel opens); else the first block that shows for the most part (half of itself,
 * or a third of the free part); else the one that shows most. Undefined when none shows.
 */
export function readingBlock(blocks: readonly Extent[], view: Extent, preferred: readonly (number | undefined)[] = []): number | undefined {
  const room = view.bottom - view.top;
  if (room <= 0) return undefined;
  const shows = (i: number) => {
    const b = blocks[i];
    return !!b && b.bottom > b.top && visible(b, view) >= Math.min(24, b.bottom - b.top);
  };
  for (const p of preferred) if (p !== undefined && shows(p)) return p;
  let best: number | undefined;
  let bestShown = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!shows(i)) continue;
    const b = blocks[i]!;
    const shown = visible(b, view);
    if (shown >= (b.bottom - b.top) / 2 || shown >= room / 3) return i;
    if (shown > bestShown) {
      best = i;
      bestShown = shown;
    }
  }
  return best;
}

/**
 * How far to scroll (positive: down) so the block shows in the free part of the screen: 0
 * when it shows whole already; else its top goes just below the page bar (a block taller
 * than the free part shows its beginning).
 */
export function scrollToShow(block: Extent, view: Extent, margin = 8): number {
  if (block.top >= view.top && block.bottom <= view.bottom) return 0;
  return Math.round(block.top - view.top - margin);
}

/** The first words of a text, at most `max`, with «…» when there are more. */
export function firstWords(text: string, max = 12): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return words.length > max ? `${words.slice(0, max).join(' ')} …` : words.join(' ');
}

/**
 * The permanent link of a place on a page, to show and to copy. `pageLink` is the page's
 * permanent address as the build wrote it: absolute when the edition's published address is
 * set (then that is the link, wherever the page is read: a server, a copy on disk, print),
 * else a path. Without a published address: on a web server, that server's address; from a
 * copy on disk, the file's address with `localNote` after it, so a copied link says where it
 * came from.
 */
export function citedLink(pageLink: string, id: string | undefined, here: string, localNote: string): { shown: string; copied: string } {
  const hash = id ? `#${id}` : '';
  const page = pageLink.split('#')[0] ?? pageLink;
  if (/^https?:\/\//.test(page)) return { shown: page + hash, copied: page + hash };
  const url = new URL(here);
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    const abs = new URL(page, url).href + hash;
    return { shown: page + hash, copied: abs };
  }
  url.hash = '';
  const file = url.href + hash;
  return { shown: page + hash, copied: localNote ? `${file} (${localNote})` : file };
}
