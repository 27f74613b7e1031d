import { readFile } from 'node:fs/promises'
import type { IncomingHttpHeaders } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type ContentEncoding = 'br' | 'gzip'

/** Text formats gain from compression; images and fonts are compressed already. */
const compressibleType = /^(text\/|application\/(json|yaml|manifest\+json)|image\/svg\+xml)/

/**
 * The encoding a client accepts, brotli first (as a CDN would pick). A `q=0` refuses an
 * encoding; anything finer in the quality values is not worth honouring here.
 */
export function chooseEncoding(
  headers: IncomingHttpHeaders,
  contentType: string,
): ContentEncoding | undefined {
  if (!compressibleType.test(contentType)) return undefined
  const header = headers['accept-encoding']
  const accepted = new Set(
    (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return undefined
}

interface CachedBody {
  mtimeMs: number
  /** A promise, so that a page's parallel requests for one file compress it once. */
  body: Promise<Buffer>
}

const cache = new Map<string, CachedBody>()
// Off the event loop (zlib's thread pool): brotli's best level takes about a second for the
// chart library, which must not stall the API answers of a browser test meanwhile.
const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * A file's compressed body, at the levels a build step would precompress with, cached per
 * file and modification time: a production server sends the app's scripts compressed, and a
 * bench of this server must not pay for uncompressed transfers a deployment would not have.
 */
export async function compressedBody(filePath: string, mtimeMs: number, encoding: ContentEncoding) {
  const key = `${encoding}:${filePath}`
  const cached = cache.get(key)
  if (cached?.mtimeMs === mtimeMs) return cached.body
  const body = readFile(filePath).then((raw) =>
    encoding === 'br'
      ? brotliAsync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
      : gzipAsync(raw, { level: 9 }),
  )
  cache.set(key, { mtimeMs, body })
  // A failed read is not remembered: the next request tries again.
  body.catch(() => cache.delete(key))
  return body
}
