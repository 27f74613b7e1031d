import { chinaDayOf, type ChinaDay } from '../sim/china-time'
import type { KpiContext } from '../sim/kpis'
import type { StageCode, WorkOrder } from '../sim/work-order'
import type { ParameterError } from './problem'
import { orderStateOf, type OrderState } from './work-order-serializer'

/** The list filters on an item's state at the clock rather than on what was fixed at receipt. */
export interface CurrentStateQuery {
  readonly stage?: StageCode | undefined
  readonly dueFrom?: ChinaDay | undefined
  readonly dueTo?: ChinaDay | undefined
}

export function dueRangeRule({ dueFrom, dueTo }: CurrentStateQuery): ParameterError[] {
  if (dueFrom === undefined || dueTo === undefined || dueFrom <= dueTo) return []
  return [{ in: 'query', parameter: 'dueFrom', code: 'order', message: `must not be after dueTo (${dueTo})` }]
}

/**
 * Keeps the orders whose current stage and current deadline match, or `null` when the query names
 * neither. Each state derived goes to `states`, so a page's rows and a sort reuse it.
 */
export function currentStateFilter(
  query: CurrentStateQuery,
  ctx: KpiContext,
  states: Map<WorkOrder, OrderState>,
): ((order: WorkOrder) => boolean) | null {
  const { stage, dueFrom, dueTo } = query
  if (stage === undefined && dueFrom === undefined && dueTo === undefined) return null
  return (order) => {
    const state = orderStateOf(order, ctx)
    states.set(order, state)
    if (stage !== undefined && state.stage !== stage) return false
    if (dueFrom === undefined && dueTo === undefined) return true
    if (state.dueAt === null) return false
    // A deadline at 24:00 ends the day before midnight.
    const day = chinaDayOf(state.dueAt - 1)
    return (dueFrom === undefined || day >= dueFrom) && (dueTo === undefined || day <= dueTo)
  }
}
