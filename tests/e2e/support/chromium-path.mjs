// Where the browser tests find Chromium. Shared by ensure-chromium.mjs (plain Node, before
// Playwright starts) and playwright.config.ts, so both always agree on the binary.
// The tests drive the distribution's Chromium: Playwright's own browser download is never used.
import { accessSync, constants } from 'node:fs'

/** Debian names the binary `chromium`; Ubuntu and some derivatives `chromium-browser`. */
export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

export const installHint =
  "Install Debian's Chromium, the CJK fonts and poppler-utils: `sudo apt-get install chromium fonts-noto-cjk poppler-utils`, " +
  'or set CHROMIUM_PATH to an existing Chromium binary.'

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Resolves the Chromium binary: CHROMIUM_PATH when set (and then only it: a wrong explicit
 * path is an error, not a reason to pick another browser), else the first standard path.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ path: string, source: string } | { path: undefined, problem: string }}
 */
export function resolveChromium(env = process.env) {
  const explicit = env.CHROMIUM_PATH?.trim()
  if (explicit) {
    return isExecutable(explicit)
      ? { path: explicit, source: 'CHROMIUM_PATH' }
      : {
          path: undefined,
          problem: `CHROMIUM_PATH=${explicit} is not an executable file.`,
        }
  }
  const found = chromiumCandidates.find(isExecutable)
  return found
    ? { path: found, source: found }
    : {
        path: undefined,
        problem: `No Chromium at ${chromiumCandidates.join(' or ')}.`,
      }
}

/**
 * Flags for headless Chromium on these machines: no sandbox (root in a container), no GPU,
 * and none of the background connections that a closed network refuses at every start.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]
