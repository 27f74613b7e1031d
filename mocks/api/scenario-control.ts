import { http, type RequestHandler } from 'msw'
import { isScenarioName, SCENARIO_NAMES } from '../sim/scenarios'
import { apiBasePath } from './api-context'
import type { ApiState } from './api-state'

/** Where the mock server's scenario switch lives: outside the contract, never on a real back end. */
export const scenarioControlPath = `${apiBasePath}/__mock/scenario`

/**
 * The mock server's scenario switch, so that a running server (a demo, a browser test) can
 * move to another city without a restart: `GET` gives `{ "scenario": "…" }`, `PUT` with
 * `{ "scenario": "backlog" }` switches. Like the fault control, only the mock server mounts it.
 */
export function scenarioControlHandlers(state: ApiState): RequestHandler[] {
  const current = () => Response.json({ scenario: state.scenario, scenarios: SCENARIO_NAMES })
  return [
    http.get(`*${scenarioControlPath}`, current),
    http.put(`*${scenarioControlPath}`, async ({ request }) => {
      let body: unknown
      try {
        body = await request.json()
      } catch {
        body = undefined
      }
      const scenario =
        typeof body === 'object' && body !== null && 'scenario' in body ? body.scenario : undefined
      if (typeof scenario !== 'string' || !isScenarioName(scenario)) {
        return Response.json(
          { error: `expected {"scenario": one of ${SCENARIO_NAMES.join(', ')}}` },
          { status: 400 },
        )
      }
      state.useScenario(scenario)
      return current()
    }),
  ]
}
