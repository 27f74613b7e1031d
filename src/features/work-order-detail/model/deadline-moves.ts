import type { DeadlineEvent } from './work-order-detail'

export type DeadlineMove =
  | { type: 'extension'; event: Extract<DeadlineEvent, { type: 'extension' }>; movedWorkingDays: number }
  | {
      type: 'suspension'
      event: Extract<DeadlineEvent, { type: 'suspension' }>
      movedWorkingDays: number
      ongoing: boolean
    }
  | {
      type: 'return'
      event: Extract<DeadlineEvent, { type: 'return' }>
      /** Returned after its 2-working-day window: the return itself was late. */
      returnedLate: boolean
    }

export interface DeadlineMoves {
  moves: DeadlineMove[]
  /** Working days added to the deadline by approved extensions and suspensions together. */
  totalWorkingDays: number
}

/**
 * How each event moved the deadline: an extension only once approved (by its extra days), a
 * suspension by its working days (so far, while it lasts), a return not by days at all: the new
 * unit's limits start again from the re-dispatch.
 */
export function deadlineMoves(events: readonly DeadlineEvent[]): DeadlineMoves {
  const moves = events.map((event): DeadlineMove => {
    switch (event.type) {
      case 'extension':
        return {
          type: 'extension',
          event,
          movedWorkingDays: event.status === 'approved' ? event.extraWorkingDays : 0,
        }
      case 'suspension':
        return {
          type: 'suspension',
          event,
          movedWorkingDays: event.workingDays,
          ongoing: event.endedAt === null,
        }
      case 'return':
        return {
          type: 'return',
          event,
          returnedLate: Date.parse(event.returnedAt) > Date.parse(event.returnDeadlineAt),
        }
    }
  })
  const totalWorkingDays = moves.reduce(
    (sum, move) => sum + (move.type === 'return' ? 0 : move.movedWorkingDays),
    0,
  )
  return { moves, totalWorkingDays }
}
