import { parseArgs } from 'node:util'
import { createApiState } from '../api/api-state'
import { createFaultRegistry, parseFaultSpec } from '../api/faults'
import { isScenarioName, SCENARIO_NAMES } from '../sim/scenarios'
import { defaultDistDir, defaultMockServerPort, resolveDistDir, startMockServer } from './create-mock-server'

/**
 * `npm run mock-server [-- --port 4173] [--dist dist] [--scenario backlog] [--fault 'GET /kpis/summary=500' …]`:
 * the mock API and the built app over real HTTP. The port comes from --port, else the PORT
 * environment variable, else 8787. --scenario picks the simulator's scenario (mocks/sim/scenarios.ts),
 * each --fault injects one fault (mocks/api/faults.ts: `METHOD /path=kind[:n]`).
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    dist: { type: 'string' },
    scenario: { type: 'string' },
    fault: { type: 'string', multiple: true },
  },
  strict: true,
})

const scenario = values.scenario ?? 'calibrated'
if (!isScenarioName(scenario)) {
  console.error(
    `duban mock server: unknown scenario ${JSON.stringify(scenario)} (one of ${SCENARIO_NAMES.join(', ')})`,
  )
  process.exit(2)
}
const faults = createFaultRegistry()
for (const spec of values.fault ?? []) {
  try {
    faults.set(...parseFaultSpec(spec))
  } catch (error) {
    console.error(`duban mock server: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  }
}

const portText = values.port ?? process.env.PORT ?? String(defaultMockServerPort)
const port = Number(portText)
if (!/^\d+$/.test(portText) || port > 65_535) {
  console.error(`duban mock server: invalid port ${JSON.stringify(portText)}`)
  process.exit(2)
}

const server = await startMockServer({
  port,
  distDir: values.dist === undefined ? defaultDistDir : resolveDistDir(values.dist),
  state: createApiState({ scenario }),
  faults,
})
console.log(`duban mock server: app and API (/api/v1) on ${server.url} (scenario ${scenario})`)
for (const [endpoint, fault] of faults.entries())
  console.log(`  fault: ${endpoint} → ${JSON.stringify(fault)}`)

const stop = () => {
  void server.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
