import { setupWorker } from 'msw/browser'
import { isScenarioName, SCENARIO_NAMES, type ScenarioName } from './sim/scenarios'
import { createApiState } from './api/api-state'
import { createFaultRegistry, mockOptionsFromSearch } from './api/faults'
import { createHandlers } from './handlers'

/**
 * Starts MSW's service worker for development (and the demo build). Requests with no handler
 * pass through. The session cookie lives in MSW's cookie jar (localStorage; see
 * CookieTransport) and the sessions and users' actions in localStorage too, so a reload stays
 * signed in and keeps every reminder and decision.
 *
 * The page's URL picks the simulator's scenario and injects faults, read once at startup:
 * `?mock-scenario=backlog&mock-fault=GET%20/kpis/summary=500` (several `mock-fault` allowed;
 * syntax in mocks/api/faults.ts). A bad value is reported in the console and ignored.
 */
export async function startMockWorker(): Promise<void> {
  const options = mockOptionsFromSearch(window.location.search)
  let scenario: ScenarioName | undefined
  if (options.scenario !== undefined) {
    if (isScenarioName(options.scenario)) scenario = options.scenario
    else
      console.warn(
        `mock-scenario: unknown ${JSON.stringify(options.scenario)} (one of ${SCENARIO_NAMES.join(', ')})`,
      )
  }
  const faults = createFaultRegistry()
  for (const [endpoint, fault] of options.faults) faults.set(endpoint, fault)
  const state = createApiState({ storage: localStorage, ...(scenario === undefined ? {} : { scenario }) })
  const worker = setupWorker(...createHandlers({ state, faults }))
  // Every answered action (any unsafe method) may have changed the city: keep it for the reload.
  worker.events.on('response:mocked', ({ request }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') state.saveActions()
  })
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}
