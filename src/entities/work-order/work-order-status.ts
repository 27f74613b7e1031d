/** Work-order status filters, as the API names them (stable codes; the UI translates). */
export const workOrderStatuses = ['open', 'overdue', 'atRisk', 'closed', 'supervised'] as const
export type WorkOrderStatus = (typeof workOrderStatuses)[number]
