import { mutationOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import type { WorkOrderId } from '@/entities/work-order/api/work-order-queries'
import { workOrderQueryKeys } from '@/entities/work-order/api/work-order-queries'
import type { components } from '@/shared/api/schema.gen'
import { sendAction } from '@/shared/api/send-action'
import { reminderSchema } from '@/shared/api/validators.gen'
import { actionCallbacks, type ActionVariables } from './invalidate-after-action'

export type Reminder = z.output<typeof reminderSchema>
export type NewReminder = components['schemas']['NewReminder']
export type ReminderMethod = NewReminder['method']
export const reminderMethods = ['platform', 'phone', 'group'] as const satisfies readonly ReminderMethod[]

/**
 * `POST /work-orders/{id}/reminders` alone, without the callbacks every action shares: a bulk
 * reminder sends one per item and refreshes once when all have answered, not once per item.
 */
export function reminderRequestOptions(id: WorkOrderId) {
  return mutationOptions({
    mutationKey: [...workOrderQueryKeys.detail(id), 'reminders'] as const,
    mutationFn: ({ body, intent }: ActionVariables<NewReminder>) =>
      sendAction(`/work-orders/${encodeURIComponent(id)}/reminders`, {
        method: 'POST',
        body,
        intent,
        schema: reminderSchema,
      }),
  })
}

/** A reminder (催办) to the handling unit, from one item's form. */
export function createReminderMutationOptions(id: WorkOrderId) {
  return mutationOptions({ ...reminderRequestOptions(id), ...actionCallbacks })
}
