import { parseArgs } from 'node:util'
import { createApiState, defaultSimulatorSeed } from '../api/api-state'
import { createFaultRegistry, parseFaultSpec } from '../api/faults'
import { isScenarioName, SCENARIO_NAMES } from '../sim/scenarios'
import { defaultDistDir, defaultMockServerPort, resolveDistDir, startMockServer } from './create-mock-server'
import { createFileStorage } from './file-storage'

/**
 * `npm run mock-server [-- --port 4173] [--dist dist] [--scenario backlog] [--fault 'GET /kpis/summary=500' …]
 * [--seed 20230101] [--now 2026-11-20T10:00:00+08:00 | --clock-from 2026-12-31T23:58:00+08:00 [--clock-started <epoch ms>]]
 * [--state-file mock-state.json] [--wall-duty-names]`:
 * the mock API and the built app over real HTTP. The port comes from --port, else the PORT
 * environment variable, else 8787. --scenario picks the simulator's scenario (mocks/sim/scenarios.ts),
 * each --fault injects one fault (mocks/api/faults.ts: `METHOD /path=kind[:n]`). --seed picks
 * another city; --now stops the clock at an instant, so answers are reproducible. --clock-from sets
 * the clock to an instant and lets it run on from there (to see a midnight or a Monday morning
 * come); --clock-started is the real time (ms since the epoch) at which it stood at that instant,
 * the server's start by default, so that several processes can share one running clock (the
 * browser tests' DUBAN_TEST_CLOCK). --state-file keeps
 * sessions and users' actions in a JSON file, so a restarted server still knows them.
 * --wall-duty-names shows the duty staff's names on the wall displays (withheld by default).
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    dist: { type: 'string' },
    scenario: { type: 'string' },
    fault: { type: 'string', multiple: true },
    seed: { type: 'string' },
    now: { type: 'string' },
    'clock-from': { type: 'string' },
    'clock-started': { type: 'string' },
    'state-file': { type: 'string' },
    'wall-duty-names': { type: 'boolean' },
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

const fail = (message: string): never => {
  console.error(`duban mock server: ${message}`)
  process.exit(2)
}
const seed = values.seed === undefined ? defaultSimulatorSeed : Number(values.seed)
if (!Number.isSafeInteger(seed)) fail(`invalid seed ${JSON.stringify(values.seed)} (an integer)`)
/** An instant option: an explicit offset keeps it the same whatever the server's time zone. */
function instantOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const instant = Date.parse(text)
  if (!/(Z|[+-]\d\d:\d\d)$/.test(text) || Number.isNaN(instant))
    fail(
      `invalid --${name} ${JSON.stringify(text)} (ISO 8601 with an offset, e.g. 2026-11-20T10:00:00+08:00)`,
    )
  return instant
}
const fixedNow = instantOption('now', values.now)
const clockFrom = instantOption('clock-from', values['clock-from'])
if (fixedNow !== undefined && clockFrom !== undefined)
  fail('--now stops the clock, --clock-from runs it: not both')
const clockStarted = values['clock-started'] === undefined ? Date.now() : Number(values['clock-started'])
if (!Number.isSafeInteger(clockStarted))
  fail(`invalid --clock-started ${JSON.stringify(values['clock-started'])} (ms since the epoch)`)
const now =
  fixedNow !== undefined
    ? () => fixedNow
    : clockFrom !== undefined
      ? () => clockFrom + (Date.now() - clockStarted)
      : undefined

const portText = values.port ?? process.env.PORT ?? String(defaultMockServerPort)
const port = Number(portText)
if (!/^\d+$/.test(portText) || port > 65_535) {
  console.error(`duban mock server: invalid port ${JSON.stringify(portText)}`)
  process.exit(2)
}

const server = await startMockServer({
  port,
  distDir: values.dist === undefined ? defaultDistDir : resolveDistDir(values.dist),
  state: createApiState({
    scenario,
    seed,
    wallDutyNames: values['wall-duty-names'] === true,
    ...(now === undefined ? {} : { now }),
    ...(values['state-file'] === undefined ? {} : { storage: createFileStorage(values['state-file']) }),
  }),
  faults,
})
console.log(
  `duban mock server: app and API (/api/v1) on ${server.url} (scenario ${scenario}, seed ${seed}` +
    (fixedNow === undefined ? '' : `, clock stopped at ${values.now ?? ''}`) +
    (clockFrom === undefined ? '' : `, clock running from ${values['clock-from'] ?? ''}`) +
    ')',
)
for (const [endpoint, fault] of faults.entries())
  console.log(`  fault: ${endpoint} → ${JSON.stringify(fault)}`)

const stop = () => {
  void server.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
