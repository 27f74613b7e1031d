import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

/** The mode of the demo build (`npm run build:demo`): the app with the simulator inside. */
export const demoMode = 'demo'

function workerScript(): Buffer {
  const require = createRequire(import.meta.url)
  return readFileSync(require.resolve('msw/mockServiceWorker.js'))
}

/**
 * MSW's service worker script, read from the installed msw package so that it always matches
 * the library version: served in development, and emitted into the demo build. The production
 * build never holds it (a test checks dist/).
 */
export function mockServiceWorkerPlugin(): Plugin {
  let emit = false
  return {
    name: 'duban:mock-service-worker',
    configResolved(config) {
      emit = config.command === 'build' && config.mode === demoMode
    },
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(workerScript())
      })
    },
    generateBundle() {
      if (emit) this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: workerScript() })
    },
  }
}
