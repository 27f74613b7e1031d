import { createFileRoute } from '@tanstack/react-router'
import { WorkOrdersPage } from '@/pages/work-orders/work-orders-page'
import { workOrdersSearchSchema } from '../../search/work-orders-search'

export const Route = createFileRoute('/_shell/work-orders')({
  validateSearch: workOrdersSearchSchema,
  component: WorkOrdersPage,
})
