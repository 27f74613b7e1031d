// First, before any schema is built: the app runs zod without code generation (CSP), and so
// must its tests, or they would pass with a validator the browser never runs.
import '@/app/setup/zod-jitless'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { apiState, faults } from '@mocks/handlers'
import { server } from '@mocks/node'
import { useSessionExpiry } from '@/features/session/session-expiry'
import { releaseHold } from '@/shared/api/retry-after-gate'
import { resetRuntimeConfig } from '@/shared/api/runtime-config'
import { clearDrafts } from '@/shared/drafts/drafts-store'
import { loadDictionary, loadPageTexts } from '@/shared/i18n/i18n'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { runtimeConfigHandler } from './runtime-config-handler'
import { moveDateTo } from './run-clock-from'

// jsdom by default; pure-logic files may opt into `// @vitest-environment node` (faster), and
// then there is no DOM to set up or reset, nor DOM test libraries to load.
const hasDom = typeof window !== 'undefined'
const { cleanup } = hasDom ? await import('@testing-library/react') : { cleanup: () => {} }

if (hasDom) {
  await import('@testing-library/jest-dom/vitest')
  // jsdom has no layout and does not implement scrolling; the router's scroll restoration
  // calls it on every navigation, and jsdom would report each call as an error.
  window.scrollTo = () => {}
  // jsdom has <dialog> but neither showModal() nor close(); real browsers (the e2e tests) do.
  const dialog = HTMLDialogElement.prototype as Partial<HTMLDialogElement>
  dialog.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  dialog.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
  // jsdom runs animation frames on an interval it starts, with whatever `setInterval` is global
  // at that moment, when a frame is first asked for. Asked under a test's fake timers (ECharts
  // keeps its own reference to requestAnimationFrame, so faking it does not reach ECharts), the
  // interval was a fake one, gone with them, and no frame ran again in that worker: later files'
  // charts, tooltips and wall scenes waited in vain, depending on which files a worker ran. Frames
  // here run on the real timers, captured before any test can fake them (and before ECharts is
  // loaded below).
  const realSetTimeout = globalThis.setTimeout
  const realClearTimeout = globalThis.clearTimeout
  window.requestAnimationFrame = (callback) =>
    realSetTimeout(() => callback(performance.now()), 16) as unknown as number
  window.cancelAnimationFrame = (handle) => realClearTimeout(handle)
  const { giveVirtualListsALayout } = await import('./virtual-layout')
  giveVirtualListsALayout()
  // What the app loads on demand (the Overview's deferred panels, the chart library, the
  // expired-session dialog), loaded here first: the files share one module graph (isolate:
  // false), and a load a test started but did not wait for could otherwise still be running when
  // its file's environment is torn down ("Cannot load … after the environment was torn down").
  await Promise.all([
    import('@/features/six-timely/six-timely-panel'),
    import('@/features/alerts-strip/alerts-strip'),
    import('@/features/overview-trend/trend-panel'),
    import('@/features/overview-breakdowns'),
    import('@/shared/ui/chart/echarts-chart'),
    import('@/features/session/session-expired-dialog'),
  ])
}

// The app loads English when a reader picks it; tests create instances in either language at once.
await loadDictionary('en')
// And the Chinese texts that routes load with their pages: components are also tested outside them.
await loadPageTexts()

// `DUBAN_TEST_CLOCK=<instant> npm run test:unit` runs the suite as if at another hour or day (the
// 08:30 yellow cards, midnight, New Year's Eve), to find tests that pass only at some times. The
// app and the mock API read the same `Date`. Approximate: a test that resets the timers goes back
// to the real clock for the rest of its file.
const testClock = process.env.DUBAN_TEST_CLOCK
if (testClock) moveDateTo(testClock)

// Any request without a handler fails the test that made it: no test may reach the network,
// and a forgotten handler should be loud, not a silent network error.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

// Runtime handlers are cleared after each test, so config.json is served anew each time;
// a test's own `server.use(...)` comes first and wins.
beforeEach(() => server.use(runtimeConfigHandler()))

afterEach(() => {
  server.resetHandlers()
  // Sessions and Idempotency-Key answers must not leak from one test into the next.
  apiState.reset()
  // Injected faults too (and any request a `hang` fault still holds is let go).
  faults.reset()
  resetRuntimeConfig()
  // A Retry-After a test provoked must not hold back the next test's requests.
  releaseHold()
  if (!hasDom) return
  // Unmount first, so nothing rendered reacts to the resets below.
  cleanup()
  // The stores are module singletons: reset them, then wipe what they (and anything else) wrote.
  usePreferences.getState().reset()
  useSessionExpiry.setState({ expired: false })
  clearDrafts()
  localStorage.clear()
  sessionStorage.clear()
  document.documentElement.removeAttribute('lang')
  delete document.documentElement.dataset.theme
})

afterAll(() => server.close())
