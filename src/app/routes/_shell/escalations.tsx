import { createFileRoute } from '@tanstack/react-router'
import { EscalationsPage } from '@/pages/escalations/escalations-page'
import { loadPageTexts } from '@/shared/i18n/i18n'
import { escalationsSearchSchema } from '../../search/escalations-search'

export const Route = createFileRoute('/_shell/escalations')({
  validateSearch: escalationsSearchSchema,
  // The page's Chinese texts come with it (src/shared/i18n/resources/zh-cn-pages.ts).
  loader: () => loadPageTexts(),
  component: EscalationsPage,
})
