import { z } from 'zod/mini'
import { workOrderSorts, type WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { workOrderStatuses } from '@/entities/work-order/work-order-status'
import { categoryCodeSchema } from '@/shared/api/validators/category-code.gen'
import { channelCodeSchema } from '@/shared/api/validators/channel-code.gen'
import { districtCodeSchema } from '@/shared/api/validators/district-code.gen'
import { kindCodeSchema } from '@/shared/api/validators/kind-code.gen'
import { metricSchema } from '@/shared/api/validators/metric.gen'
import { outcomeSchema } from '@/shared/api/validators/outcome.gen'
import { stageCodeSchema } from '@/shared/api/validators/stage-code.gen'
import { unitCodeSchema } from '@/shared/api/validators/unit-code.gen'

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined)

/**
 * Filters of the work-order list, named as the API names them, so a figure's drill-down link
 * (`metric`, `outcome`, `from`, `to`, `district`, …) lists exactly the items the figure counts.
 * A bad value falls back to "no filter", never a crash.
 */
export const workOrdersSearchSchema = z.object({
  status: optional(z.enum(workOrderStatuses)),
  q: optional(z.string().check(z.minLength(1), z.maxLength(100))),
  from: optional(day),
  to: optional(day),
  district: optional(districtCodeSchema),
  channel: optional(channelCodeSchema),
  kind: optional(kindCodeSchema),
  category: optional(categoryCodeSchema),
  unit: optional(unitCodeSchema),
  ca: optional(z.boolean()),
  stage: optional(stageCodeSchema),
  dueFrom: optional(day),
  dueTo: optional(day),
  metric: optional(metricSchema),
  outcome: optional(outcomeSchema),
  sort: optional(z.enum(workOrderSorts)),
  /** The items behind an alert (GET /work-orders `alert`): an alert's "view its work orders". */
  alert: optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/))),
})

export type WorkOrdersSearch = z.infer<typeof workOrdersSearchSchema>

// Features link to the list with the entities' type (they cannot import the app): it must be this
// schema's output exactly, or a drill-down could carry a filter the list drops. Fails to compile
// when the two drift apart. (The generic-function form is the one that tells optional keys apart.)
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the comparison's point
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
export const listSearchMatchesSchema: Same<WorkOrdersSearch, WorkOrderListSearch> = true
