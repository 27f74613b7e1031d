import type { z } from 'zod/mini'
import type { workOrderDetailSchema } from '@/shared/api/validators.gen'

/** `GET /work-orders/{id}` as the validator hands it over. */
export type WorkOrderDetail = z.output<typeof workOrderDetailSchema>
export type StageState = WorkOrderDetail['stages'][number]
export type StageCode = StageState['code']
export type DeadlineEvent = WorkOrderDetail['events'][number]
export type Reminder = WorkOrderDetail['reminders'][number]
export type Supervision = WorkOrderDetail['supervisions'][number]
