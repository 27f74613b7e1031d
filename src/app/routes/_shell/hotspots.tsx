import { createFileRoute } from '@tanstack/react-router'
import { HotspotsPage } from '@/pages/hotspots/hotspots-page'
import { loadPageTexts } from '@/shared/i18n/i18n'

export const Route = createFileRoute('/_shell/hotspots')({
  // The alerts section's texts are page texts (src/shared/i18n/resources/zh-cn-pages.ts).
  loader: () => loadPageTexts(),
  component: HotspotsPage,
})
