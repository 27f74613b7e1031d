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
 * Brotli's best level (11) for the app's files, as a build step would precompress them. Above
 * 1 MiB it is level 9: the API reference's 2.4 MB script took 7.4 s at level 11 on an idle
 * machine (0.3 s at 9, 10 % larger), and a browser test that loaded it first on a busy one
 * timed out waiting. No file of the app itself comes near the limit.
 */
export function brotliQualityFor(byteLength: number): number {
  return byteLength <= 1024 * 1024 ? constants.BROTLI_MAX_QUALITY : 9
}

/**
 * A file's compressed body, cached per file and modification time: a production server sends
 * the app's scripts compressed, and a bench of this server must not pay for uncompressed
 * transfers a deployment would not have.
 */
export async function compressedBody(filePath: string, mtimeMs: number, encoding: ContentEncoding) {
  const key = `${encoding}:${filePath}`
  const cached = cache.get(key)
  if (cached?.mtimeMs === mtimeMs) return cached.body
  const body = readFile(filePath).then((raw) =>
    encoding === 'br'
      ? brotliAsync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQualityFor(raw.length),
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
