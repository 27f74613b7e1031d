import { createFileRoute } from '@tanstack/react-router'
import { ApprovalsPage } from '@/pages/approvals/approvals-page'

export const Route = createFileRoute('/_shell/approvals')({
  component: ApprovalsPage,
})
