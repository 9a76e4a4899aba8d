/**
 * The title a search result shows: the page's own title (its h1, given to Pagefind as the
 * `title` meta), never another text in its place. An action's or recommendation's title is
 * its short title from content/titles.json («Actie 1 — € 30.000 compensatie betalen en de
 * hersteloperatie opschalen»), the same as on its page, in every list, in <title>, in the
 * data files and here; the annex's description («Actie 1: Betalen 30.000 …», the page's
 * summary) is searched, but is not a title.
 */
export function resultTitle(meta: Readonly<Record<string, string | undefined>>, url: string): string {
  return meta.title || url;
}
