import { createFileRoute } from '@tanstack/react-router'
import { HotspotsPage } from '@/pages/hotspots/hotspots-page'

export const Route = createFileRoute('/_shell/hotspots')({
  component: HotspotsPage,
})
