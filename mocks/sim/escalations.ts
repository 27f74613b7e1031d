/**
 * Supervisions (督办) across work orders: the records the model generated and those users opened
 * through the API (the simulator's overlay), each with its changes (`SupervisionUpdate`: a new
 * report-by day, progress notes, closing) folded in, as of the clock.
 */
import { chinaDayOf, type ChinaDay } from './china-time'
import type { DistrictCode, UnitCode } from './domain-codes'
import type { KpiContext } from './kpis'
import type { SupervisionRecord, SupervisionUpdate, WorkOrder } from './work-order'

export type EscalationStatus = 'open' | 'closed'

export interface EscalationProgress {
  readonly at: number
  readonly by: string
  readonly note: string
}

/** A supervision as the API shows it at the clock. */
export interface EscalationState {
  readonly record: SupervisionRecord
  readonly order: WorkOrder
  /** The supervised unit: the order's handling unit. */
  readonly unit: UnitCode
  readonly status: EscalationStatus
  readonly dueDate: ChinaDay | null
  readonly closedAt: number | null
  readonly closedBy: string | null
  readonly progress: readonly EscalationProgress[]
}

export interface EscalationFilters {
  readonly from: ChinaDay
  readonly to: ChinaDay
  readonly status?: EscalationStatus | undefined
  readonly district?: DistrictCode | undefined
  readonly unit?: UnitCode | undefined
}

/** Where a supervision id names its order: `RZ-YYYYMMDD-NNNN-D1` / `-UD7` belong to `RZ-YYYYMMDD-NNNN`. */
export function orderIdOfSupervision(supervisionId: string): string | null {
  const match = /^(RZ-\d{8}-\d{4})-(?:D|UD)\d+$/.exec(supervisionId)
  return match?.[1] ?? null
}

/** Every supervision record of an order, generated and user-opened, opened by `now`. */
export function supervisionRecordsOf(order: WorkOrder, ctx: KpiContext): SupervisionRecord[] {
  const overlay = ctx.overlayOf(order.id)
  const records = overlay ? [...order.supervisions, ...overlay.supervisions] : [...order.supervisions]
  return records.filter((r) => r.openedAt <= ctx.now)
}

/** The record folded with its updates as of `now`. */
export function escalationOf(order: WorkOrder, record: SupervisionRecord, ctx: KpiContext): EscalationState {
  const updates: SupervisionUpdate[] = (ctx.overlayOf(order.id)?.supervisionUpdates ?? []).filter(
    (u) => u.supervisionId === record.id && u.at <= ctx.now,
  )
  let dueDate: ChinaDay | null = record.dueDate ?? null
  let closedBy: string | null = null
  const progress: EscalationProgress[] = []
  for (const update of updates) {
    if (update.dueDate !== undefined) dueDate = update.dueDate
    if (update.note !== undefined) progress.push({ at: update.at, by: update.by, note: update.note })
    if (update.closed === true) closedBy = update.by
  }
  // A generated supervision closes with the overdue stage, later than the clock perhaps.
  const closedAt = record.closedAt !== null && record.closedAt <= ctx.now ? record.closedAt : null
  return {
    record,
    order,
    unit: order.unit,
    status: closedAt === null ? 'open' : 'closed',
    dueDate,
    closedAt,
    closedBy: closedAt === null ? null : closedBy,
    progress,
  }
}

/** Under an open supervision at the clock (the work-order list's `status=supervised`). */
export function hasOpenEscalation(order: WorkOrder, ctx: KpiContext): boolean {
  return supervisionRecordsOf(order, ctx).some((r) => r.closedAt === null || r.closedAt > ctx.now)
}

/**
 * The supervisions of `orders` opened in the period (by China day) and matching the filters,
 * newest first (ties by id). `orders` must cover every order a supervision opened in the period
 * can belong to (the simulator's candidate orders of the period).
 */
export function listEscalations(
  orders: readonly WorkOrder[],
  filters: EscalationFilters,
  ctx: KpiContext,
): EscalationState[] {
  const out: EscalationState[] = []
  for (const order of orders) {
    if (filters.unit !== undefined && order.unit !== filters.unit) continue
    if (filters.district !== undefined && order.district !== filters.district) continue
    const overlay = ctx.overlayOf(order.id)
    if (order.supervisions.length === 0 && (overlay?.supervisions.length ?? 0) === 0) continue
    for (const record of supervisionRecordsOf(order, ctx)) {
      const day = chinaDayOf(record.openedAt)
      if (day < filters.from || day > filters.to) continue
      const state = escalationOf(order, record, ctx)
      if (filters.status === undefined || state.status === filters.status) out.push(state)
    }
  }
  out.sort((a, b) => b.record.openedAt - a.record.openedAt || (a.record.id < b.record.id ? -1 : 1))
  return out
}
