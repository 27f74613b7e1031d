import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { apiReferenceContentSecurityPolicy, contentSecurityPolicy } from './csp'
import { cacheControlFor, responseHeadersFor } from './response-headers'

// The files a real deployment serves the app with (README, "Deploying: headers for static hosts")
// must send exactly the headers the mock server sends, which the browser tests run under. Each
// host's way of combining rules is played here, so that a file that reads right but serves two
// policies fails.

// Resolved by hand: Vite would turn a `new URL(…, import.meta.url)` into public/ into a served URL.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const headersFile = readFileSync(path.join(root, 'public/_headers'), 'utf8')
const nginxFile = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')

/** A path of each kind the files tell apart, with what it must get. */
const paths = [
  '/',
  '/work-orders/RZ-20261120-0001',
  '/config.json',
  '/assets/index-Ab12.js',
  '/api-reference/',
]

const expected = (path: string) => ({ ...responseHeadersFor(path), 'Cache-Control': cacheControlFor(path) })

interface HeaderRule {
  path: string
  lines: string[]
}

/** The rules of a `_headers` file: a path line, then its indented lines. */
function headerRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), lines: [] })
    else rules.at(-1)!.lines.push(line.trim())
  }
  return rules
}

/** Both hosts: `*` matches anything, also nothing (`/api-reference/*` matches `/api-reference/`). */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(path)

const headerLine = (line: string) => {
  const colon = line.indexOf(':')
  return { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() }
}

/**
 * Cloudflare Pages: every matching rule in file order; a header set again is joined with a
 * comma; `! Name` drops what earlier rules set (developers.cloudflare.com/pages/configuration/headers).
 */
function cloudflareHeaders(rules: HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, string>()
  for (const rule of rules.filter((candidate) => matches(candidate.path, path))) {
    for (const line of rule.lines) {
      if (line.startsWith('!')) {
        headers.delete(line.slice(1).trim())
        continue
      }
      const { name, value } = headerLine(line)
      const earlier = headers.get(name)
      headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`)
    }
  }
  return Object.fromEntries(headers)
}

/**
 * Netlify: a line without a colon is skipped (@netlify/headers-parser's line parser); of the
 * matching rules, a later one's header replaces an earlier one's (what `netlify dev` serves).
 */
function netlifyHeaders(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules.filter((candidate) => matches(candidate.path, path))) {
    for (const line of rule.lines.filter((candidate) => candidate.includes(':'))) {
      const { name, value } = headerLine(line)
      headers[name] = value
    }
  }
  return headers
}

/** nginx: the `location` blocks of the server, each with the `add_header`s it sends. */
function nginxLocations(text: string): Map<string, Record<string, string>> {
  const locations = new Map<string, Record<string, string>>()
  for (const block of text.matchAll(/^\s*location\s+(\S+)\s*\{([^}]*)\}/gm)) {
    const headers: Record<string, string> = {}
    for (const header of block[2]!.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) {
      expect(headers, `${header[1]} twice in location ${block[1]}`).not.toHaveProperty(header[1]!)
      headers[header[1]!] = header[2]!
    }
    locations.set(block[1]!, headers)
  }
  return locations
}

/** nginx's choice of location: the longest matching prefix. */
function nginxLocationFor(locations: Map<string, Record<string, string>>, path: string) {
  const prefix = [...locations.keys()]
    .filter((candidate) => path.startsWith(candidate))
    .sort((a, b) => b.length - a.length)[0]!
  return locations.get(prefix)!
}

describe('public/_headers (Netlify, Cloudflare Pages)', () => {
  const rules = headerRules(headersFile)

  it.each(paths)('gives %s exactly its headers on Cloudflare Pages, one policy each', (path) => {
    expect(cloudflareHeaders(rules, path)).toEqual(expected(path))
  })

  it.each(paths)('gives %s exactly its headers on Netlify', (path) => {
    expect(netlifyHeaders(rules, path)).toEqual(expected(path))
  })

  it('would fail without the detach: the API reference would get both policies on Cloudflare', () => {
    const withoutDetach = rules.map((rule) => ({
      ...rule,
      lines: rule.lines.filter((line) => !line.startsWith('!')),
    }))
    expect(cloudflareHeaders(withoutDetach, '/api-reference/')['Content-Security-Policy']).toBe(
      `${contentSecurityPolicy}, ${apiReferenceContentSecurityPolicy}`,
    )
  })

  it('stays within the hosts’ limits: at most 100 rules, lines of at most 2,000 characters', () => {
    expect(rules.length).toBeLessThanOrEqual(100)
    for (const line of headersFile.split('\n')) expect(line.length).toBeLessThanOrEqual(2000)
  })
})

describe('deploy/nginx.conf', () => {
  const locations = nginxLocations(nginxFile)

  it.each(paths)('gives %s exactly its headers, with HSTS for the HTTPS server', (path) => {
    expect(nginxLocationFor(locations, path)).toEqual({
      ...expected(path),
      'Strict-Transport-Security': 'max-age=31536000',
    })
  })

  it('proxies the API on the same origin, which connect-src allows', () => {
    expect(locations.has('/api/v1/')).toBe(true)
    expect(contentSecurityPolicy).toContain("connect-src 'self'")
  })
})
