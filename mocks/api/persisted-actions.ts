import { z } from 'zod/mini'
import type { OverlaySnapshot } from '../sim/simulator'
import type { Reminder, SupervisionRecord, UserDecision } from '../sim/work-order'

/**
 * What users did in the demo (reminders, supervisions, decisions on work orders; alert
 * acknowledgements, plans and report publications on the desk), kept across reloads of the
 * page: the simulator lives in the page, so without this a reload would undo every action
 * while the app's own cache says otherwise. Only the browser worker (dev and demo builds) has
 * a storage; tests and the mock server keep actions in memory.
 */
export const actionsStorageKey = 'duban-mock:actions'

/**
 * Bump when the overlay's shape changes: actions saved by another version are dropped rather
 * than misread (a demo losing its clicks beats a demo that crashes).
 */
export const actionsFormatVersion = 1

/**
 * An entry this same format version wrote: the envelope is checked, the entry only for its
 * key field (a full schema of every record would restate the model's types).
 */
const entry = <T>(key: string) =>
  z.custom<T>((value) => typeof value === 'object' && value !== null && key in value)

const storedActionsSchema = z.object({
  version: z.literal(actionsFormatVersion),
  // Actions belong to one city: another seed or scenario has other orders under the same ids.
  seed: z.number(),
  scenario: z.string(),
  overlay: z.object({
    version: z.literal(1),
    sequence: z.number(),
    orders: z.record(
      z.string(),
      // Loose: fields the model added later (optional in OrderOverlay) must pass through.
      z.looseObject({
        reminders: z.array(entry<Reminder>('id')),
        supervisions: z.array(entry<SupervisionRecord>('id')),
        decisions: z.array(entry<UserDecision>('eventId')),
      }),
    ),
  }),
  // Checked by DeskRecords.import, which refuses a snapshot it cannot read.
  desk: z.unknown(),
})

export interface StoredActions {
  readonly seed: number
  readonly scenario: string
  readonly overlay: OverlaySnapshot
  readonly desk: unknown
}

type ActionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * The stored actions of this city (seed and scenario), or null. Anything unreadable, or
 * another city's, is removed: it can never apply again.
 */
export function readStoredActions(
  storage: ActionStorage,
  seed: number,
  scenario: string,
): StoredActions | null {
  const text = storage.getItem(actionsStorageKey)
  if (text === null) return null
  let stored: unknown
  try {
    stored = JSON.parse(text)
  } catch {
    stored = null
  }
  const parsed = storedActionsSchema.safeParse(stored)
  if (!parsed.success || parsed.data.seed !== seed || parsed.data.scenario !== scenario) {
    storage.removeItem(actionsStorageKey)
    return null
  }
  return parsed.data
}

export function writeStoredActions(storage: ActionStorage, actions: StoredActions): void {
  try {
    storage.setItem(actionsStorageKey, JSON.stringify({ version: actionsFormatVersion, ...actions }))
  } catch {
    // A full or blocked storage costs only the actions on the next reload.
  }
}
