import { createFileRoute } from '@tanstack/react-router'
import { WallPage } from '@/pages/wall/wall-page'
import { parseWallSearch } from '@/pages/wall/wall-search'

export const Route = createFileRoute('/wall')({
  validateSearch: parseWallSearch,
  component: WallPage,
})
