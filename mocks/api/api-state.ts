import { z } from 'zod/mini'
import type { ScenarioName } from '../sim/scenarios'
import { DeskRecords } from '../sim/desk-records'
import { HostileDeskRecords } from '../sim/hostile-desk-records'
import { createSimulator, type Simulator } from '../sim/simulator'
import { actionsStorageKey, readStoredActions, writeStoredActions } from './persisted-actions'

/**
 * Everything the mock API remembers between requests (sessions, Idempotency-Key answers),
 * in one object so that each test, and each mock-server process, starts from a clean slate.
 */
const storedSessionSchema = z.object({
  token: z.string(),
  userId: z.string(),
  csrfToken: z.string(),
  createdAtMs: z.number(),
  /**
   * When a device session (`wall`) ends, on the API's clock (`now()`), unless renewed; absent for
   * sessions without a fixed end (and for sessions stored before device sessions existed).
   */
  expiresAtMs: z.optional(z.number()),
})
export type StoredSession = z.infer<typeof storedSessionSchema>

/** A response as first sent, kept to replay it for a repeated Idempotency-Key. */
export interface StoredResponse {
  /** What identifies the request the key was first used with (method, path, body). */
  fingerprint: string
  status: number
  headers: [string, string][]
  body: string
}

/** One reveal of a complainant's contact: the audit trail `POST /work-orders/{id}/contact` keeps. */
export interface ContactAccess {
  readonly workOrderId: string
  /** The user's id. */
  readonly by: string
  readonly at: number
}

/** What a wall display last said of itself, and when. */
export interface WallDisplayRecord {
  readonly deviceId: string
  readonly appVersion: string
  readonly scene: string
  /** The time of the oldest data it shows (epoch ms), or null when it has none. */
  readonly dataAsOf: number | null
  readonly lastSeenAt: number
}

export interface ApiState {
  sessions: Map<string, StoredSession>
  idempotency: Map<string, StoredResponse>
  /** Who saw which complainant's contact, and when (oldest first). */
  contactAccess: ContactAccess[]
  /** Times (ms) of recent failed sign-ins per user name, to rate-limit password guessing. */
  failedSignIns: Map<string, number[]>
  /** The wall displays' last reports, by device id (`PUT /wall-displays/{deviceId}`). */
  wallDisplays: Map<string, WallDisplayRecord>
  /** The API's clock (epoch ms): the simulator's, without building the city to read it. */
  now(): number
  /** Writes the sessions to the persistent storage, if any (after every change to them). */
  saveSessions(): void
  /** Writes what users did to the persistent storage, if any (after every action). */
  saveActions(): void
  /** The city behind every aggregate and list: created on first use (nothing is generated up front). */
  readonly simulator: Simulator
  /** What users did on the alerts and reports desk (acknowledgements, plans, publications). */
  readonly deskRecords: DeskRecords
  /** Forgets everything (tests call it after each test); the simulator keeps its memoized days. */
  reset(): void
  /** The simulator's scenario (`calibrated` unless chosen). */
  readonly scenario: ScenarioName
  /** Whether the walls see the duty staff's names (a deployment's choice; off by default). */
  readonly wallDutyNames: boolean
  /**
   * Swaps the city for another scenario while running (the mock server's control endpoint):
   * sessions stay, the old city's actions go with it.
   */
  useScenario(scenario: ScenarioName): void
}

/** The demo city's seed: the same seed and clock give the same figures everywhere. */
export const defaultSimulatorSeed = 20_230_101

export interface ApiStateOptions {
  /**
   * Where sessions and users' actions outlive the page. In the browser the mock API lives in
   * the page, so a reload would forget every session while MSW's cookie jar still holds the
   * cookie, and undo every reminder and decision: the browser worker passes localStorage.
   * Tests and the mock server keep them in memory.
   */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  /** The simulator's seed (default `defaultSimulatorSeed`). */
  seed?: number
  /** The clock (epoch ms): the real one by default; tests inject a fixed one. */
  now?: () => number
  scenario?: ScenarioName
  /** Show the duty staff's names on the walls (`--wall-duty-names`); off by default. */
  wallDutyNames?: boolean
}

/** The mock API's own key, apart from the app's (`duban.preferences`, …). */
export const sessionStorageKey = 'duban-mock:sessions'

function loadSessions(storage: ApiStateOptions['storage']): Map<string, StoredSession> {
  const sessions = new Map<string, StoredSession>()
  try {
    const text = storage?.getItem(sessionStorageKey)
    const parsed = z.array(storedSessionSchema).safeParse(text ? JSON.parse(text) : [])
    // Something unreadable (an older format, a hand edit) means signed out, never a crash.
    if (parsed.success) for (const session of parsed.data) sessions.set(session.token, session)
  } catch {
    // Unreadable JSON: as above.
  }
  return sessions
}

export function createApiState({
  storage,
  seed = defaultSimulatorSeed,
  // Read at each call, not bound once: a test that fakes `Date` moves the API's clock with the app's.
  now = () => Date.now(),
  scenario: initialScenario = 'calibrated',
  wallDutyNames = false,
}: ApiStateOptions = {}): ApiState {
  let scenario = initialScenario
  const sessions = loadSessions(storage)
  const idempotency = new Map<string, StoredResponse>()
  const failedSignIns = new Map<string, number[]>()
  const wallDisplays = new Map<string, WallDisplayRecord>()
  const saveSessions = () => {
    try {
      storage?.setItem(sessionStorageKey, JSON.stringify([...sessions.values()]))
    } catch {
      // A full or blocked storage only costs the session on the next reload.
    }
  }
  let simulator: Simulator | undefined
  let deskRecords: DeskRecords | undefined
  const contactAccess: ContactAccess[] = []
  return {
    sessions,
    idempotency,
    contactAccess,
    failedSignIns,
    wallDisplays,
    wallDutyNames,
    now,
    saveSessions,
    saveActions() {
      if (!storage) return
      // Reading both builds them if need be, restoring what was stored first: nothing is lost.
      writeStoredActions(storage, {
        seed,
        scenario,
        overlay: this.simulator.exportOverlay(),
        desk: this.deskRecords.export(),
      })
    },
    // Lazy: a state that only serves sign-in never builds a city.
    get simulator() {
      if (!simulator) {
        simulator = createSimulator({ seed, now, scenario })
        const stored = storage && readStoredActions(storage, seed, scenario)
        if (stored) simulator.importOverlay(stored.overlay)
      }
      return simulator
    },
    get deskRecords() {
      if (!deskRecords) {
        deskRecords = scenario === 'hostile-text' ? new HostileDeskRecords() : new DeskRecords()
        const stored = storage && readStoredActions(storage, seed, scenario)
        if (stored) deskRecords.import(stored.desk)
      }
      return deskRecords
    },
    get scenario() {
      return scenario
    },
    useScenario(next) {
      scenario = next
      simulator = undefined
      deskRecords = undefined
      idempotency.clear()
      storage?.removeItem(actionsStorageKey)
    },
    reset() {
      sessions.clear()
      idempotency.clear()
      contactAccess.length = 0
      failedSignIns.clear()
      wallDisplays.clear()
      storage?.removeItem(sessionStorageKey)
      storage?.removeItem(actionsStorageKey)
      simulator?.importOverlay({ version: 1, orders: {}, sequence: 0 })
      deskRecords?.clear()
    },
  }
}

/** 128 random bits as hex: session and CSRF tokens that cannot be guessed. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
