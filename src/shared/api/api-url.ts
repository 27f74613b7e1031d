/** Query parameters of an API call; `undefined` values are left out. */
export type ApiQuery = Record<string, string | number | boolean | undefined>

/** Resolves an API path against the configured base URL (which may be absolute or a path). */
export function resolveApiUrl(baseUrl: string, path: string, query: ApiQuery = {}): URL {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, document.baseURI)
  const url = new URL(path.replace(/^\//, ''), base)
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  return url
}
