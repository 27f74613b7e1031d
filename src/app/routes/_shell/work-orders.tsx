import { createFileRoute } from '@tanstack/react-router'
import { workOrdersInfiniteQueryOptions } from '@/entities/work-order/api/work-order-queries'
import { listParams } from '@/pages/work-orders/list-params'
import { WorkOrdersPage } from '@/pages/work-orders/work-orders-page'
import { loadPageTexts } from '@/shared/i18n/i18n'
import { workOrdersSearchSchema } from '../../search/work-orders-search'

export const Route = createFileRoute('/_shell/work-orders')({
  validateSearch: workOrdersSearchSchema,
  loaderDeps: ({ search }) => search,
  // A changed filter asks for its first rows as the URL changes, while the page renders the new
  // view, instead of after that render: the rows arrive sooner. Not awaited (the page shows its
  // own loading state) and only when the view has no rows yet, so opening an item's detail
  // (same filters) asks for nothing. The page's query joins this request and shows its failure.
  loader: ({ context, deps }) => {
    void context.queryClient
      .infiniteQuery({ ...workOrdersInfiniteQueryOptions(listParams(deps)), staleTime: 'static' })
      .catch(() => undefined)
    // The page's Chinese texts come with it (src/shared/i18n/resources/zh-cn-pages.ts).
    return loadPageTexts()
  },
  component: WorkOrdersPage,
})
