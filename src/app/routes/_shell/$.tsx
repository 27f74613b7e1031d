import { createFileRoute } from '@tanstack/react-router'
import { NotFoundPage } from '@/pages/not-found/not-found-page'

// Any address no other route matches. As a child of the shell, the not-found page keeps the
// navigation around it (the router's default not-found renders at the root, without chrome).
export const Route = createFileRoute('/_shell/$')({
  component: NotFoundPage,
})
