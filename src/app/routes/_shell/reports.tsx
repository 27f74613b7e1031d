import { createFileRoute } from '@tanstack/react-router'
import { ReportsPage } from '@/pages/reports/reports-page'
import { loadDictionary, loadPageTexts } from '@/shared/i18n/i18n'
import { reportsSearchSchema } from '../../search/reports-search'

export const Route = createFileRoute('/_shell/reports')({
  validateSearch: reportsSearchSchema,
  // The page's Chinese texts come with it; English too, for the report's English summary.
  loader: () => Promise.all([loadPageTexts(), loadDictionary('en')]).then(() => undefined),
  component: ReportsPage,
})
