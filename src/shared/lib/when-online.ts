/**
 * Resolves at once unless the browser knows it is offline, and then once it is back online.
 * Code is loaded only then: Chromium remembers a failed `import()` (its module map keeps the
 * failure, for the chunk and for every chunk it imports) and answers every later `import()` of it
 * with the same failure until the page is reloaded. Not starting a load that cannot succeed
 * keeps the page able to load it later.
 */
export function whenOnline(): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.onLine) return Promise.resolve()
  return new Promise((resolve) => {
    window.addEventListener('online', () => resolve(), { once: true })
  })
}
