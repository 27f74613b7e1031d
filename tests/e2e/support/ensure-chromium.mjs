#!/usr/bin/env node
// Makes sure the browser tests can run: Debian's Chromium, CJK fonts (without them every
// Chinese glyph renders as a box and screenshots are useless), and poppler-utils (`pdftotext`,
// with which the reports test reads the PDF Chromium prints). When something is missing and
// this process may install packages (root with apt-get), it installs Debian's packages;
// otherwise it stops and says exactly what to install. It never downloads a browser itself.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { installHint, resolveChromium } from './chromium-path.mjs'

const log = (message) => console.log(`[ensure-chromium] ${message}`)

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options })
}

function hasCjkFonts() {
  const fcList = run('fc-list', [':lang=zh', 'family'])
  if (fcList.status === 0 && fcList.stdout.trim() !== '') return true
  const dpkg = run('dpkg-query', ['-W', '-f=${Status}', 'fonts-noto-cjk'])
  return dpkg.status === 0 && dpkg.stdout.includes('install ok installed')
}

function hasPdftotext() {
  return run('pdftotext', ['-v']).status === 0
}

function chromiumVersion(path) {
  const result = run(path, ['--version'])
  return result.status === 0 ? result.stdout.trim() : undefined
}

function check() {
  return { chromium: resolveChromium(), fonts: hasCjkFonts(), pdftotext: hasPdftotext() }
}

function report({ chromium, fonts, pdftotext }) {
  if (chromium.path)
    log(`Chromium: ${chromium.path} (${chromiumVersion(chromium.path) ?? 'version unknown'})`)
  else log(`Chromium: missing. ${chromium.problem}`)
  log(`CJK fonts: ${fonts ? 'present' : 'missing'}`)
  log(`pdftotext (poppler-utils): ${pdftotext ? 'present' : 'missing'}`)
}

function fail(message) {
  console.error(`[ensure-chromium] ${message}`)
  console.error(`[ensure-chromium] ${installHint}`)
  process.exit(1)
}

let state = check()
report(state)
if (state.chromium.path && state.fonts && state.pdftotext) process.exit(0)

// An explicit CHROMIUM_PATH that is wrong is the user's choice to fix, not a reason to install.
if (!state.chromium.path && process.env.CHROMIUM_PATH?.trim()) fail(state.chromium.problem)

const packages = [
  ...(state.chromium.path ? [] : ['chromium']),
  ...(state.fonts ? [] : ['fonts-noto-cjk']),
  ...(state.pdftotext ? [] : ['poppler-utils']),
]
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((path) => existsSync(path))

if (!isRoot || !aptGet) {
  fail(`Missing: ${packages.join(', ')}. Cannot install it here (${isRoot ? 'no apt-get' : 'not root'}).`)
}

const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
const steps = [['update'], ['install', '-y', '--no-install-recommends', ...packages]]
for (const args of steps) {
  log(`Running: ${aptGet} ${args.join(' ')}`)
  // stdin closed: apt must never wait for an answer in CI.
  const result = spawnSync(aptGet, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: aptEnv,
  })
  if (result.status !== 0)
    fail(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`)
}

state = check()
report(state)
if (!state.chromium.path || !state.fonts || !state.pdftotext) fail('Still missing after installing.')
if (!chromiumVersion(state.chromium.path)) fail(`${state.chromium.path} --version did not run.`)
log('Ready.')
