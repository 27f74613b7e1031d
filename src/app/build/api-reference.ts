import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

/** Where the reference is served, beside the app: `/api-reference/`. */
export const apiReferenceDirName = 'api-reference'

export interface ApiReferenceFile {
  /** Relative to the reference's folder, e.g. `index.html`. */
  name: string
  content: string
}

/**
 * Renders the API reference from the spec with Redocly's maintained renderer (`redocly
 * build-docs`, Redoc inlined so no CDN is needed), then moves every inline `<script>` into a
 * file of its own: the page then runs under `script-src 'self'` like the app. Its styles stay
 * inline (Redoc's styled-components inject them at run time), which is why the page gets its
 * own, otherwise identical policy (`apiReferenceContentSecurityPolicy`).
 */
export async function renderApiReference(specPath: string): Promise<ApiReferenceFile[]> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'duban-api-reference-'))
  try {
    const output = path.join(workDir, 'index.html')
    const require = createRequire(import.meta.url)
    const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js')
    await promisify(execFile)(
      process.execPath,
      [cli, 'build-docs', specPath, '--output', output, '--inlineBundle', '--title', 'duban API'],
      {
        // No telemetry and no update notices from a build step.
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      },
    )
    const files = externalizeScripts(await readFile(output, 'utf8'))
    // Loud, not silent: a Redoc that probes another way would break the policy again.
    if (!files.some((file) => file.content.includes(probeDisabled))) {
      throw new Error("Redoc's search-worker probe was not found: update disableSearchWorkerProbe")
    }
    return files
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

const inlineScript = /<script(?<attributes>(?:\s+type="module")?)>(?<body>[\s\S]*?)<\/script>/g

/** Where Redoc loads its attribution logo from: a third-party host the policy does not allow. */
const logoHost = 'https://cdn.redoc.ly/redoc/'

/**
 * Local stand-ins for Redoc's attribution logos, so the page makes no third-party request
 * (and breaks no policy) while still crediting the renderer.
 */
const logoFiles: ApiReferenceFile[] = ['logo-mini.svg', 'logo-mini-full.svg'].map((name) => ({
  name,
  content:
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
    '<text x="0" y="12" font-family="sans-serif" font-size="12" fill="#0044d4">Redocly</text></svg>',
}))

/**
 * Redoc's search index (FlexSearch) probes whether it may run in a worker by compiling the
 * worker's code with `Function(…)`, i.e. eval: under `script-src 'self'` the probe throws, the
 * index falls back to the page's thread, and the browser reports a CSP violation on the way.
 * The worker could never run here (it evals its factory too), so the probe is answered "no"
 * up front: the same search, without the violation.
 */
const searchWorkerProbe = /\b[\w$]+\._factory\?\?=Function\([\w$]+\),!0/g
const probeDisabled = '!1/* duban: no search worker (CSP forbids eval) */'

export function disableSearchWorkerProbe(code: string): string {
  return code.replace(searchWorkerProbe, probeDisabled)
}

/**
 * Replaces each inline script by `<script src="…">` with content-hashed file names, points the
 * logo at the local copies and turns off the search-worker probe.
 */
export function externalizeScripts(html: string): ApiReferenceFile[] {
  const files: ApiReferenceFile[] = []
  const page = html.replace(inlineScript, (_match, attributes: string, body: string) => {
    const content = disableSearchWorkerProbe(body.replaceAll(logoHost, './'))
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 12)
    const name = `script-${hash}.js`
    files.push({ name, content })
    return `<script${attributes} src="./${name}"></script>`
  })
  // The app's icon (without it the browser asks for a /favicon.ico that does not exist).
  const withIcon = page.replace(
    '</head>',
    '<link rel="icon" type="image/svg+xml" href="/favicon.svg" /></head>',
  )
  return [{ name: 'index.html', content: withIcon }, ...files, ...logoFiles]
}

export async function writeApiReference(files: readonly ApiReferenceFile[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true })
  await Promise.all(files.map((file) => writeFile(path.join(outDir, file.name), file.content)))
}
