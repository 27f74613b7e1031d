import { createFileRoute } from '@tanstack/react-router'
import { WallPage } from '@/pages/wall/wall-page'

export const Route = createFileRoute('/wall')({
  component: WallPage,
})
