import { createFileRoute } from '@tanstack/react-router'
import { OverviewPage } from '@/pages/overview/overview-page'
import { overviewSearchSchema } from '../../search/overview-search'

export const Route = createFileRoute('/_shell/')({
  validateSearch: overviewSearchSchema,
  component: OverviewPage,
})
