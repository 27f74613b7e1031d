/**
 * Search values as people read and type them: `?district=371102&period=month`, not the router's
 * default JSON, which writes `?district=%22371102%22` and reads a district code such as 371102
 * as a number. Every value stays a string except `true`/`false`; the route schemas check the
 * rest. A key given twice keeps its last value.
 */
function parseValue(value: string): unknown {
  if (value === 'true') return true
  if (value === 'false') return false
  return value
}

function stringifyValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function parseSearch(searchText: string): Record<string, unknown> {
  const search: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(searchText)) search[key] = parseValue(value)
  return search
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined) params.set(key, stringifyValue(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
