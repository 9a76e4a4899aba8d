/** The part of the `stopword` package the search uses: its Dutch list (Snowball). */
declare module 'stopword' {
  export const nld: readonly string[];
}
