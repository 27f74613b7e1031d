import { screen, within } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'

const drawer = () => screen.getByRole('dialog', { name: /^工单 / })

describeFaultMatrix({
  name: 'Work-order detail',
  // The first open item, opened over its list as a link from anywhere would.
  url: async () => {
    const response = await fetch(new URL('/api/v1/work-orders?status=open&limit=1', document.baseURI))
    const { items } = (await response.json()) as { items: { id: string }[] }
    return `/work-orders/${items[0]!.id}?status=open`
  },
  shown: () => within(drawer()).getByText(/^数据时间：/).textContent,
  // The drawer says what failed above the detail it keeps (the list behind it has its own test).
  isStale: () => within(drawer()).queryAllByRole('alert').length > 0,
  firstLoadFailed: () =>
    within(drawer())
      .queryAllByRole('alert')
      .some((alert) => within(alert).queryAllByRole('button', { name: '重试' }).length > 0),
})
