/**
 * Whether the app's own server answers now: its index page, never from a cache. A reload is
 * safe only then; reloading while it is unreachable would replace the page, and the figures it
 * still shows, with the browser's error page.
 */
export async function serverAnswers(): Promise<boolean> {
  try {
    const response = await fetch(import.meta.env.BASE_URL, {
      cache: 'no-store',
      credentials: 'same-origin',
      headers: { Accept: 'text/html' },
    })
    return response.ok
  } catch {
    return false
  }
}

/** The page's reload, as an object's method so that tests can watch it (jsdom cannot reload). */
export const page = {
  reload: (): void => window.location.reload(),
}
