import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { cacheControlFor } from '@/shared/config/response-headers'
import { chooseEncoding, compressedBody } from './compressed-body'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

async function fileInfo(filePath: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const info = await stat(filePath)
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined
  } catch {
    return undefined
  }
}

/**
 * Serves the built app from `distDir`: files by path, and index.html for any other path
 * without a file extension (a client-side route such as /work-orders?status=overdue), so a
 * reload or a shared link works. A missing file with an extension is a real 404.
 */
export async function serveStatic(distDir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Method not allowed')
    return
  }
  let urlPath: string
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Bad request')
    return
  }
  const root = path.resolve(distDir)
  // Resolved and checked, so that '/../../etc/passwd' cannot leave dist/.
  let filePath = path.resolve(root, `.${urlPath}`)
  if (filePath !== root && !filePath.startsWith(`${root}${path.sep}`)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Not found')
    return
  }
  let servedPath = urlPath
  if (urlPath.endsWith('/')) {
    filePath = path.join(filePath, 'index.html')
    servedPath = '/index.html'
  }
  let info = await fileInfo(filePath)
  if (info === undefined && path.extname(urlPath) === '') {
    filePath = path.join(root, 'index.html')
    servedPath = '/index.html'
    info = await fileInfo(filePath)
  }
  if (info === undefined) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end(servedPath === '/index.html' ? 'No build in dist/: run `npm run build` first' : 'Not found')
    return
  }
  const contentType = contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
  const encoding = chooseEncoding(req.headers, contentType)
  const body = encoding === undefined ? undefined : await compressedBody(filePath, info.mtimeMs, encoding)
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': String(body?.length ?? info.size),
    // Hashed assets for a year, the rest revalidated (as deploy/ ships it for real hosts).
    'Cache-Control': cacheControlFor(servedPath),
    Vary: 'Accept-Encoding',
    ...(encoding === undefined ? {} : { 'Content-Encoding': encoding }),
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  if (body === undefined) createReadStream(filePath).pipe(res)
  else res.end(body)
}
