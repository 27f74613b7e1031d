import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

/**
 * Serves MSW's service worker script in development only. It is read from the installed
 * msw package so that it always matches the library version and never lands in `dist/`.
 */
export function mockServiceWorkerPlugin(): Plugin {
  return {
    name: 'duban:mock-service-worker',
    apply: 'serve',
    configureServer(server) {
      const require = createRequire(import.meta.url)
      const workerPath = require.resolve('msw/mockServiceWorker.js')
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(readFileSync(workerPath))
      })
    },
  }
}
