import { z } from 'zod/mini'
import { workOrderStatuses } from '@/entities/work-order/work-order-status'

/** Filters of the work-order list; a bad value falls back to "no filter", never a crash. */
export const workOrdersSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(workOrderStatuses)), undefined),
  q: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
})
