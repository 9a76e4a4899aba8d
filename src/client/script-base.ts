/**
 * The address the running classic script was loaded from (its own src), else the page's: the
 * base for addresses relative to the script, from a subpath and from file:// alike. Must be
 * called while the script runs for the first time (document.currentScript is null later).
 */
export function scriptBase(): string {
  const script = typeof document !== 'undefined' ? document.currentScript : null;
  return script instanceof HTMLScriptElement && script.src ? script.src : location.href;
}
