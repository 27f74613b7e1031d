import { screen, within } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'
import { alertWithRetry, panelStale } from './shared-checks'

describeFaultMatrix({
  name: 'Hotspots',
  url: '/hotspots?weeks=4',
  shown: () => {
    const rising = screen.getByRole('region', { name: '正在上升' })
    return within(within(rising).getByRole('table')).getAllByRole('rowheader')[0]!.textContent.trim()
  },
  isStale: panelStale,
  firstLoadFailed: alertWithRetry,
})
