import { createFileRoute, useRouter } from '@tanstack/react-router'
import { useCallback, useState } from 'react'
import { workOrderQueryOptions } from '@/entities/work-order/api/work-order-queries'
import { WorkOrderDrawer } from '@/features/work-order-detail'

/** `/escalations/$id`: a supervised work order's detail, the same drawer as over the work-order list. */
export const Route = createFileRoute('/_shell/escalations/$id')({
  loader: ({ context, params }) => {
    // Its failure is the drawer's to show (its own query joins this request): dropped here.
    void context.queryClient.query(workOrderQueryOptions(params.id)).catch(() => undefined)
  },
  component: EscalationDetailRoute,
})

function EscalationDetailRoute() {
  const { id } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const router = useRouter()
  // As over the work-order list: opened from the page, closing goes back in history (the page
  // keeps its scroll); opened by its own URL, closing opens the page with the same view.
  const [openedFromPage] = useState(() => router.state.resolvedLocation?.pathname === '/escalations')
  const close = useCallback(() => {
    if (openedFromPage) router.history.back()
    else void navigate({ to: '/escalations', search })
  }, [openedFromPage, router, navigate, search])
  // The drawer's "back to the list" link goes to the work-order list of supervised items.
  return <WorkOrderDrawer id={id} listSearch={{ status: 'supervised' }} onClose={close} />
}
