import { screen, within } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'
import { alertWithRetry, panelStale } from './shared-checks'

describeFaultMatrix({
  name: 'Work orders',
  url: '/work-orders?status=open',
  shown: () => {
    const list = screen.getByRole('region', { name: '工单列表' })
    return within(list).getAllByRole('rowheader')[0]!.textContent.trim()
  },
  isStale: panelStale,
  firstLoadFailed: alertWithRetry,
})
