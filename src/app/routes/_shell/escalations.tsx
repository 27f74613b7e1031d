import { createFileRoute } from '@tanstack/react-router'
import { EscalationsPage } from '@/pages/escalations/escalations-page'

export const Route = createFileRoute('/_shell/escalations')({
  component: EscalationsPage,
})
