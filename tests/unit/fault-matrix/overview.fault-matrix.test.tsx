import { screen, within } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'
import { alertWithRetry, panelStale } from './shared-checks'

describeFaultMatrix({
  name: 'Overview',
  url: '/',
  shown: () => {
    const received = screen.getByRole('article', { name: '受理量' })
    return within(received).getByText(/^\d[\d,]*$/).textContent
  },
  isStale: () => panelStale() || screen.queryAllByText('数据未及时更新').length > 0,
  firstLoadFailed: alertWithRetry,
})
