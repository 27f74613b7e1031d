import { screen, within } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'

describeFaultMatrix({
  name: 'Wall display',
  url: '/wall?scenes=headline',
  signedInAs: 'wall',
  shown: () => {
    const year = screen.getByRole('region', { name: '本年' })
    const received = year.querySelector('[data-figure="received"]')?.textContent.trim()
    if (!received || within(year).queryAllByText('—').length > 0) throw new Error('no figures on the wall')
    return received
  },
  // The wall marks its figures by their age, after two missed refreshes (its polling backs off).
  isStale: () => screen.queryAllByText(/数据可能已过时|数据已过时，正在重试/).length > 0,
  // Unattended, the wall retries by itself and says so.
  firstLoadFailed: () => screen.queryAllByText('暂时无法获取数据，稍后自动重试').length > 0,
  patienceMs: 8 * 60_000,
})
