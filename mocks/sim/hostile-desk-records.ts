/**
 * The `hostile-text` city's desk: two alerts in three were acknowledged (one of those with a
 * response plan too) before anyone used the API, by people whose names, notes and plan leads
 * are hostile texts, and its reports are published under a hostile name. Deterministic: picked
 * from the alert's id. A user's own record still wins.
 */
import { DeskRecords, PLAN_CODES, type SeededAlertSteps } from './desk-records'
import { clipText, HOSTILE_TEXTS, hostilePick, textSeedOf } from './hostile-text'

/** The contract's maxima (code points): a plan's lead 50, a note 1,000. */
const MAX_LEAD = 50
const MAX_NOTE = 1000

export class HostileDeskRecords extends DeskRecords {
  override seededStepsOf(alert: { readonly id: string; readonly raisedAt: number }): SeededAlertSteps {
    const seed = textSeedOf(alert.id)
    const share = seed % 3
    if (share === 2) return {}
    // At the moment it was raised: never later than the clock that sees the alert.
    const at = alert.raisedAt
    const acknowledgement = {
      at,
      by: hostilePick(seed, 1),
      note: clipText(hostilePick(seed, 2), MAX_NOTE),
    }
    if (share === 0) return { acknowledgement }
    return {
      acknowledgement,
      plan: {
        code: PLAN_CODES[seed % PLAN_CODES.length] ?? 'taskForce',
        at,
        by: hostilePick(seed, 3),
        note: clipText(hostilePick(seed, 4), MAX_NOTE),
        lead: clipText(hostilePick(seed, 5), MAX_LEAD),
        startsAt: at,
      },
    }
  }

  override get seededPublisher(): string {
    return HOSTILE_TEXTS[2] ?? ''
  }
}
