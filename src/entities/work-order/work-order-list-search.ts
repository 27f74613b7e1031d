import type { components } from '@/shared/api/schema.gen'
import type { WorkOrderStatus } from './work-order-status'

type Schemas = components['schemas']

/**
 * The work-order list's URL filters (`/work-orders?…`), named as `GET /work-orders` names its
 * parameters (`q` is `keyword`, `ca` is `consumerAssociation`). A figure links to the list with its
 * `metric`, `outcome` and scope, and the list's total then equals the figure.
 */
export interface WorkOrderListSearch {
  status?: WorkOrderStatus | undefined
  q?: string | undefined
  from?: string | undefined
  to?: string | undefined
  district?: Schemas['DistrictCode'] | undefined
  channel?: Schemas['ChannelCode'] | undefined
  kind?: Schemas['KindCode'] | undefined
  category?: Schemas['CategoryCode'] | undefined
  unit?: Schemas['UnitCode'] | undefined
  ca?: boolean | undefined
  /** The current stage (where open items wait). */
  stage?: Schemas['StageCode'] | undefined
  /** China days the current deadline ends within (a deadline wave's cell is one day). */
  dueFrom?: string | undefined
  dueTo?: string | undefined
  metric?: Schemas['Metric'] | undefined
  outcome?: Schemas['Outcome'] | undefined
  /** The list's order, as the API's `sort` (`dueAt`, `-overdueDuration`, …). */
  sort?: WorkOrderSort | undefined
  /** The items behind an alert (its id), as `GET /work-orders?alert=` lists them. */
  alert?: string | undefined
}

/** The orders `GET /work-orders` can sort by; a leading `-` is descending. */
export const workOrderSorts = [
  'dueAt',
  '-dueAt',
  'receivedAt',
  '-receivedAt',
  'overdueDuration',
  '-overdueDuration',
] as const
export type WorkOrderSort = (typeof workOrderSorts)[number]
