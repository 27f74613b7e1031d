// Lighthouse against the production build, in Debian's Chromium, for tests/bench/overview-bench.mjs.
// One browser for every run: chrome-launcher starts it, Lighthouse connects to it by port and
// audits each URL in a fresh tab. Lighthouse clears the browser cache and the origin's caches
// before each navigation but never cookies, so one sign-in in the browser lasts the whole run
// and every audit is a cold load of a signed-in page.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import puppeteer from 'puppeteer-core'
import { resolveChromium } from '../e2e/support/chromium-path.mjs'

/** The flags the brief and the e2e suite agree on for headless Chromium in a container. */
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** The presets: Lighthouse's default config is its mobile preset (simulated slow 4G, 4x CPU). */
export const presets = { mobile: undefined, desktop: desktopConfig }

export async function launchChromium() {
  const chromium = resolveChromium()
  if (chromium.path === undefined) throw new Error(chromium.problem)
  return chromeLauncher.launch({ chromePath: chromium.path, chromeFlags, logLevel: 'silent' })
}

/**
 * Signs the browser in as `username` through the API, in a page of the origin, so the
 * HttpOnly session cookie lands in the browser's own jar (where the audited tabs find it).
 */
export async function signInBrowser(port, origin, username = 'director') {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null })
  try {
    const page = await browser.newPage()
    // Any file of the origin: the page only needs to be same-origin for fetch to keep the cookie.
    await page.goto(`${origin}/favicon.svg`)
    const status = await page.evaluate(async (name) => {
      const response = await fetch('/api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username: name, password: 'duban-demo' }),
      })
      return response.status
    }, username)
    if (status < 200 || status >= 300) throw new Error(`signing in as ${username} failed: HTTP ${status}`)
    await page.close()
  } finally {
    await browser.disconnect()
  }
}

const auditValue = (lhr, id) => lhr.audits[id]?.numericValue ?? null

/** The categories the bench scores: performance always, the other two where the issue sets targets. */
export const allCategories = ['performance', 'accessibility', 'best-practices']

/** 0..1 to 0..100, as Lighthouse's report shows it; null when the category did not run. */
const percent = (category) =>
  category === undefined || category.score === null ? null : Math.round(category.score * 100)

/**
 * The audits that cost a category points (weighted, scoring below 1), with Lighthouse's title
 * and the first elements or URLs it names.
 */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId]
  if (category === undefined) return []
  return category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ id: ref.id, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable',
    )
    .map(({ id, audit }) => ({
      id,
      title: audit.title,
      items: (audit.details?.items ?? [])
        .slice(0, 5)
        .map((item) => item.node?.snippet ?? item.url ?? item.description ?? item.source?.url ?? '')
        .filter(Boolean),
    }))
}

/**
 * One Lighthouse navigation of `url` with a preset ('mobile' | 'desktop') and `categories`
 * (performance alone by default): the scores (0-100), the metrics behind performance, the
 * audits that cost accessibility and best practices points, and where the navigation ended (a
 * redirect to the sign-in page would measure the wrong page).
 */
export async function audit(port, url, preset, categories = ['performance']) {
  const result = await lighthouse(
    url,
    // The full-page screenshot and the back/forward-cache check (which navigates away and back)
    // weigh nothing in the score: they only cost time.
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      disableFullPageScreenshot: true,
      skipAudits: ['bf-cache'],
    },
    presets[preset],
  )
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError)
    throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  // Lighthouse 12.2 cannot read some trace events of a newer Chromium (its root-cause and
  // trace-element gatherers fail on them): the audits that need them error, but none of them
  // weighs in the score, which the five metrics alone make. Listed so a reader sees which.
  const erroredAudits = Object.entries(lhr.audits)
    .filter(([, a]) => a.scoreDisplayMode === 'error')
    .map(([id]) => id)
  return {
    url,
    preset,
    finalUrl: lhr.finalDisplayedUrl,
    score: percent(lhr.categories.performance),
    accessibility: percent(lhr.categories.accessibility),
    bestPractices: percent(lhr.categories['best-practices']),
    failing: {
      accessibility: failingAudits(lhr, 'accessibility'),
      bestPractices: failingAudits(lhr, 'best-practices'),
    },
    lcpMs: auditValue(lhr, 'largest-contentful-paint'),
    fcpMs: auditValue(lhr, 'first-contentful-paint'),
    speedIndexMs: auditValue(lhr, 'speed-index'),
    tbtMs: auditValue(lhr, 'total-blocking-time'),
    cls: auditValue(lhr, 'cumulative-layout-shift'),
    // What the unthrottled page did; Lighthouse's simulation starts from these moments, so a
    // late observed paint drags every request and task before it into the simulated one.
    observedFcpMs: lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? null,
    observedLcpMs: lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null,
    erroredAudits,
    warnings: lhr.runWarnings.map(String),
  }
}

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * The medians of one page's runs with one preset, and every audit that cost accessibility or
 * best practices points in any of them (with how many runs it failed in).
 */
export function summarizeRuns(runs) {
  const pick = (key) => median(runs.map((r) => r[key]))
  const failing = (category) => {
    const byId = new Map()
    for (const run of runs) {
      for (const audit of run.failing?.[category] ?? []) {
        const seen = byId.get(audit.id)
        if (seen) seen.runs += 1
        else byId.set(audit.id, { ...audit, runs: 1 })
      }
    }
    return [...byId.values()]
  }
  return {
    count: runs.length,
    score: pick('score'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    lcpMs: pick('lcpMs'),
    fcpMs: pick('fcpMs'),
    speedIndexMs: pick('speedIndexMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    scores: runs.map((r) => r.score),
    failingAccessibility: failing('accessibility'),
    failingBestPractices: failing('bestPractices'),
  }
}

/** Issue 9's Lighthouse targets for the pages it names (issues 4 and 7 set the same scores). */
export const lighthouseTargets = {
  desktopPerformanceMin: 98,
  mobilePerformanceMin: 90,
  accessibilityMin: 100,
  bestPracticesMin: 95,
}
