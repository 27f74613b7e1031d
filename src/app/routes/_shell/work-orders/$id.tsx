import { createFileRoute, useRouter } from '@tanstack/react-router'
import { useCallback, useState } from 'react'
import { workOrderQueryOptions } from '@/entities/work-order/api/work-order-queries'
import { WorkOrderDrawer } from '@/features/work-order-detail'

/** `/work-orders/$id`: a work order's detail, a drawer over the list (the parent route's page). */
export const Route = createFileRoute('/_shell/work-orders/$id')({
  // Starts the request as soon as the URL is known (or a row is hovered: intent preload); the
  // drawer opens at once and shows its own loading and failure states, so nothing is awaited.
  loader: ({ context, params }) => {
    // Its failure is the drawer's to show (its own query joins this request): dropped here.
    void context.queryClient.query(workOrderQueryOptions(params.id)).catch(() => undefined)
  },
  component: WorkOrderDetailRoute,
})

function WorkOrderDetailRoute() {
  const { id } = Route.useParams()
  const listSearch = Route.useSearch()
  const navigate = Route.useNavigate()
  const router = useRouter()
  // Where the drawer was opened from. At its first render the router has not yet marked the new
  // location resolved, so `resolvedLocation` is still the page before: the list when a row was
  // opened, nothing on a fresh load of this URL.
  const [openedFromList] = useState(() => router.state.resolvedLocation?.pathname === '/work-orders')

  // Opened from the list, closing is going back: the list's entry (its filters, its scroll) is
  // reused and Forward opens the drawer again. Opened by its own URL there is no list entry to
  // return to, so the list is opened with the same filters (and Back shows the detail again).
  const close = useCallback(() => {
    if (openedFromList) router.history.back()
    else void navigate({ to: '/work-orders', search: listSearch })
  }, [openedFromList, router, navigate, listSearch])

  return <WorkOrderDrawer id={id} listSearch={listSearch} onClose={close} />
}
