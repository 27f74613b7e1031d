/** The app's index page as its server has it now, never from a cache. */
export function fetchIndexPage(): Promise<Response> {
  return fetch(import.meta.env.BASE_URL, {
    cache: 'no-store',
    credentials: 'same-origin',
    headers: { Accept: 'text/html' },
  })
}

/**
 * Whether the app's own server answers now (its index page). A reload is safe only then;
 * reloading while it is unreachable would replace the page, and the figures it still shows,
 * with the browser's error page.
 */
export async function serverAnswers(): Promise<boolean> {
  try {
    return (await fetchIndexPage()).ok
  } catch {
    return false
  }
}

/** The page's reload, as an object's method so that tests can watch it (jsdom cannot reload). */
export const page = {
  reload: (): void => window.location.reload(),
}
