import { createFileRoute } from '@tanstack/react-router'
import { HotspotsPage } from '@/pages/hotspots/hotspots-page'
import { loadPageTexts } from '@/shared/i18n/i18n'
import { hotspotsSearchSchema } from '../../search/hotspots-search'

export const Route = createFileRoute('/_shell/hotspots')({
  validateSearch: hotspotsSearchSchema,
  // The page's Chinese texts (rises and alerts) come with it (src/shared/i18n/resources/zh-cn-pages.ts).
  loader: () => loadPageTexts(),
  component: HotspotsPage,
})
