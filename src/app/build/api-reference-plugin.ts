import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { Plugin } from 'vite'
import { apiReferenceContentSecurityPolicy } from '../../shared/config/csp.ts'
import {
  apiReferenceDirName,
  renderApiReference,
  writeApiReference,
  type ApiReferenceFile,
} from './api-reference.ts'

/**
 * Builds the human-readable API reference from `public/openapi.yaml` into
 * `dist/api-reference/`, and serves it in development (rendered on first request and again
 * whenever the spec changes).
 */
export function apiReferencePlugin(specPath: string): Plugin {
  let outDir = 'dist'
  let cache: { mtimeMs: number; files: Map<string, ApiReferenceFile> } | undefined

  async function current(): Promise<Map<string, ApiReferenceFile>> {
    const { mtimeMs } = await stat(specPath)
    if (cache?.mtimeMs !== mtimeMs) {
      const files = await renderApiReference(specPath)
      cache = { mtimeMs, files: new Map(files.map((file) => [file.name, file])) }
    }
    return cache.files
  }

  return {
    name: 'duban:api-reference',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      await writeApiReference(await renderApiReference(specPath), path.join(outDir, apiReferenceDirName))
    },
    configureServer(server) {
      server.middlewares.use(`/${apiReferenceDirName}`, (req, res, next) => {
        const requested = (req.url ?? '/').split('?')[0]?.replace(/^\//, '') ?? ''
        const name = requested === '' ? 'index.html' : requested
        current()
          .then((files) => {
            const file = files.get(name)
            if (!file) return next()
            res.setHeader(
              'Content-Type',
              name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
            )
            res.setHeader('Content-Security-Policy', apiReferenceContentSecurityPolicy)
            res.end(file.content)
          })
          .catch(next)
      })
    },
  }
}
