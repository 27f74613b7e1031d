import { createFileRoute } from '@tanstack/react-router'
import { EscalationsPage } from '@/pages/escalations/escalations-page'
import { escalationsSearchSchema } from '../../search/escalations-search'

export const Route = createFileRoute('/_shell/escalations')({
  validateSearch: escalationsSearchSchema,
  component: EscalationsPage,
})
