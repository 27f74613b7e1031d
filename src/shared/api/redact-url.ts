/**
 * An address of the API as an error may repeat it: the query's values replaced by `…`, its names
 * kept (enough to tell which call failed). A keyword search carries what the user typed, perhaps
 * a caller's phone number or name, in the query; an error's message is shown on the page (the
 * route error page's details) and logged to the console by React and the router, and a problem
 * document's `instance` may echo the address. None of them may repeat it.
 */
export function withoutQueryValues(address: string): string {
  const [beforeHash = ''] = address.split('#')
  const start = beforeHash.indexOf('?')
  if (start === -1) return beforeHash
  const names = [...new Set(new URLSearchParams(beforeHash.slice(start + 1)).keys())]
  const query = names.length === 0 ? '' : `?${names.map((name) => `${name}=…`).join('&')}`
  return `${beforeHash.slice(0, start)}${query}`
}
