// The site the browser bench measures: a snapshot of dist/ plus the bare reference page, served
// by the project's mock HTTP server (app and API same-origin, production CSP, real HttpOnly
// session cookie), so both pages reach the same API with the same session.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const root = fileURLToPath(new URL('../../', import.meta.url))
const referenceRoot = fileURLToPath(new URL('./reference/', import.meta.url))

/** Where the reference page lives on the bench site. */
export const referencePath = '/__bench-reference/'

/**
 * Copies dist/ into a temporary directory (so a concurrent `npm run build` cannot pull files
 * from under a running audit) and builds the reference page into it with Vite's production
 * defaults and the app's own React plugin and target. Returns the directory and a cleanup.
 */
export async function prepareSite(distDir) {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-bench-'))
  const siteDir = path.join(dir, 'site')
  cpSync(distDir, siteDir, { recursive: true })
  await build({
    configFile: false,
    root: referenceRoot,
    base: referencePath,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: path.join(siteDir, referencePath),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
  })
  return { siteDir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Starts `mocks/server/mock-server.ts` on a free port, serving `siteDir`, with `extraArgs` (e.g.
 * `--scenario backlog`). Resolves to its origin
 * and a stop function once the server says where it listens.
 */
export function startMockServer(siteDir, extraArgs = []) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/server/mock-server.ts', '--port', '0', '--dist', siteDir, ...extraArgs],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`the mock server did not start in 30 s:\n${output}`))
    }, 30_000)
    const onData = (chunk) => {
      output += chunk
      const match = /on (http:\/\/localhost:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        child.stdout.off('data', onData)
        // Keep draining, or a chatty server would block on a full pipe.
        child.stdout.resume()
        resolve({ origin: match[1], stop })
      }
    }
    child.stdout.setEncoding('utf8').on('data', onData)
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      output += chunk
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the mock server exited (${code}) before listening:\n${output}`))
    })
  })
}
