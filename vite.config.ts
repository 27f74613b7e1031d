import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { apiReferencePlugin } from './src/app/build/api-reference-plugin.ts'
import { firstRequestsScriptPlugin } from './src/app/build/first-requests-script-plugin.ts'
import { responseHeadersFor } from './src/shared/config/response-headers.ts'
import { mockServiceWorkerPlugin } from './mocks/vite-plugin.ts'

/**
 * Shared code that only the lazy pages need (sending actions, their refusals, the report-by day
 * field, the deadline wave's keyboard grid, the supervision suggestions, the wall displays'
 * heartbeat and device session), the validators of those answers and those pages' Chinese
 * texts: left out of the first load, the bundler puts it in a chunk those pages share.
 */
const lazyPagesOnly = new RegExp(
  [
    'shared/api/(send-action|action-error|action-intent|use-action-intent)',
    'shared/api/validators/(supervision-suggestion|wall-display|ticker|session-renewal)',
    // What is rising (the Hotspots page): its query and response validators.
    'entities/hotspot/api/rise-queries',
    'shared/api/validators/(rises|rise-(cell|row|week|method))[.]gen',
    'shared/lib/use-link-grid',
    'entities/calendar/(ui/report-by-day-field|model/report-by-day)',
    'entities/(escalation|decision|alert)/api/(.*-mutations?|invalidate-after-action|suggestion-queries)',
    // The reminder's fields and the modal dialog: forms of the work-order and escalation pages.
    'entities/escalation/ui/',
    'shared/ui/dialog/',
    'shared/ui/action-form/',
    'entities/wall-display/',
    // What only the wall display runs: its ticker, the masker, its session renewal and version.
    'entities/ticker/',
    'entities/session/session-renewal',
    'shared/config/app-version',
    'shared/lib/mask-personal-data',
    // The exports' CSV writer and download, the reports' model and publishing: page code.
    'shared/lib/(csv|download-file)',
    'entities/report/',
    'shared/api/validators/report(-publication-list|-publication)?[.]gen',
    // The Chinese texts of those pages (src/shared/i18n/resources/zh-cn-pages.ts lists them).
    'shared/i18n/resources/zh-cn-pages',
    'shared/i18n/resources/parts/(work-orders|work-order-(table|detail|export)|deadline-wave|supervision-actions|bulk-remind|escalations|hotspot-rises|alert-lifecycle|reports)[.]zh-cn',
  ]
    // Either separator, as module ids carry the platform's.
    .map((path) => `src/${path}`.replaceAll('/', String.raw`[\\/]`))
    .map((path) => String.raw`[\\/]${path}`)
    .join('|'),
)

/**
 * Everything the first requests' script (src/app/start-first-requests.ts) runs: kept out of the
 * app's shared chunk (which needs React), so that script loads a few kilobytes and zod, not the
 * framework. The bundle budget test fails if its load grows beyond that.
 */
const firstRequestsOnly = new RegExp(
  [
    'app/(start-)?first-requests',
    'app/setup/zod-jitless',
    'app/search/(overview-search|url-search|work-orders-search)',
    'pages/overview/overview-filters',
    'pages/work-orders/(list-params|status-tab-params)',
    'shared/api/(api-url|early-responses|runtime-config)',
    'shared/api/validators/((channel|district|category|kind|unit|stage)-code|metric|outcome)[.]gen',
    'shared/lib/format',
    'entities/calendar/model/deadline-years',
    'entities/kpi/model/kpi-filters',
    'entities/period/(china-days|resolve-period|period-presets)',
    'entities/work-order/(work-order-list-search|work-order-status)',
  ]
    .map((path) => `src/${path}`.replaceAll('/', String.raw`[\\/]`))
    .map((path) => String.raw`[\\/]${path}[.]ts$`)
    .join('|'),
)

/**
 * Modules the first page runs that a lazy page imports too (the session's expiry, the language
 * and theme selects, the date-range form, the not-found page, the route files whose components
 * are split off): left to itself the bundler gives each a file of a few hundred bytes, eight
 * requests before the first paint, each waiting for one of the browser's six connections. They
 * join the app's shared chunk, which the first page loads anyway.
 */
const firstLoadShared = new RegExp(
  [
    'features/session/session-expiry[.]ts',
    'features/preferences/(theme|language)-select[.]tsx',
    'features/period-range/range-form([.]module[.]css|[.]tsx)',
    'pages/not-found/not-found-page[.]tsx',
    'pages/escalations/escalation-scope[.]ts',
    'app/search/sign-in-search[.]ts',
    'app/routes/sign-in[.]tsx',
    'app/routes/_shell/(work-orders|escalations)/[$]id[.]tsx',
  ]
    .map((path) => `src/${path}`.replaceAll('/', String.raw`[\\/]`))
    .map((path) => String.raw`[\\/]${path}$`)
    .join('|'),
)

/** The app's version, from package.json, built in as `__APP_VERSION__` (src/shared/config/app-version.ts). */
const appVersion = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version

// Route options live in tsr.config.json so that `tsr generate` (typecheck) and the
// plugin (dev/build) produce the same route tree.
export default defineConfig({
  plugins: [
    tanstackRouter(),
    react(),
    firstRequestsScriptPlugin(fileURLToPath(new URL('./src/app/start-first-requests.ts', import.meta.url))),
    mockServiceWorkerPlugin(),
    apiReferencePlugin(fileURLToPath(new URL('./public/openapi.yaml', import.meta.url))),
    {
      // The production policies (the CSP, Trusted Types report-only) and security headers on
      // every answer of `vite preview`, per path (see response-headers.ts).
      name: 'duban:preview-csp',
      configurePreviewServer(server) {
        server.middlewares.use((req, res, next) => {
          const headers = responseHeadersFor((req.url ?? '/').split('?')[0] ?? '/')
          for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
          next()
        })
      },
    },
  ],
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    // The bundle budget test and the bench read the manifest to find what `/` loads first.
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The first requests' script and what it runs, zod included (a group takes its
              // modules' dependencies along): it must not wait for the whole framework.
              name: 'first-requests',
              test: firstRequestsOnly,
            },
            {
              // The libraries every page runs, as one file: split into a dozen small shared
              // chunks they cost a dozen requests, each queued behind the browser's six
              // connections, before the first paint. Only what the first page runs: the table
              // libraries stay with the work-order page.
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack[\\/](react-query|query-core|react-router|router-core|history|store|react-store)|i18next|react-i18next|zustand|use-sync-external-store)[\\/]/,
            },
            {
              // The app's own shared code and entities as one file loaded with the entry: left to
              // itself the bundler cuts every module a lazy page shares with the entry into a
              // chunk of its own (two dozen files of a few hundred bytes). Not the chart wrapper
              // (it pulls in ECharts) nor the dictionaries other than Chinese (loaded on demand).
              name: 'app-core',
              test: (id: string) =>
                firstLoadShared.test(id) ||
                (/[\\/]src[\\/](shared|entities)[\\/]/.test(id) &&
                  !firstRequestsOnly.test(id) &&
                  !/[\\/]src[\\/]shared[\\/]ui[\\/]chart[\\/]/.test(id) &&
                  !/[\\/]resources[\\/](en|parts[\\/][^\\/]+\.en)\.ts$/.test(id) &&
                  !lazyPagesOnly.test(id)),
            },
          ],
        },
      },
    },
  },
})
