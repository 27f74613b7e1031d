import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StaleBanner } from './stale-banner'
import { wallEn } from './wall.en'
import { wallZhCN } from './wall.zh-cn'

const asOf = '2026-12-05T18:00:00+08:00'
const at = (ms: number) => Date.parse(asOf) + ms
const refreshMs = 30_000

function banner(ageMs: number, options: { refreshMs?: number; asOfs?: (string | undefined)[] } = {}) {
  return render(
    <StaleBanner
      asOfs={options.asOfs ?? [asOf]}
      now={at(ageMs)}
      refreshMs={options.refreshMs ?? refreshMs}
      locale="zh-CN"
      texts={wallZhCN}
    />,
  )
}

describe('the stale banner', () => {
  it('shows only the data time while the figures are fresh (up to two refresh intervals)', () => {
    banner(2 * refreshMs)
    expect(screen.getByText('数据时间 18:00')).toBeInTheDocument()
    expect(screen.queryByText(/过时/)).not.toBeInTheDocument()
  })

  it('warns, in words, once two refreshes were missed', () => {
    banner(2 * refreshMs + 1_000)
    expect(screen.getByText('数据时间 18:00')).toBeInTheDocument()
    expect(screen.getByText(`⚠ ${wallZhCN.staleWarn}`)).toBeInTheDocument()
    expect(screen.queryByText(`⛔ ${wallZhCN.staleError}`)).not.toBeInTheDocument()
  })

  it('is an error after ten minutes, whatever the refresh interval', () => {
    const { unmount } = banner(10 * 60_000 + 1_000)
    expect(screen.getByText(`⛔ ${wallZhCN.staleError}`)).toBeInTheDocument()
    expect(screen.queryByText(`⚠ ${wallZhCN.staleWarn}`)).not.toBeInTheDocument()
    unmount()
    // With hourly refreshes, ten minutes is not even one missed refresh: still an error.
    banner(11 * 60_000, { refreshMs: 3_600_000 })
    expect(screen.getByText(`⛔ ${wallZhCN.staleError}`)).toBeInTheDocument()
  })

  it('says since when the wall is offline, beside the data time', () => {
    render(
      <StaleBanner
        asOfs={[asOf]}
        now={at(5_000)}
        refreshMs={refreshMs}
        locale="en"
        texts={wallEn}
        offlineSince={at(2_000)}
      />,
    )
    expect(screen.getByText('Data as of 18:00')).toBeInTheDocument()
    expect(screen.getByText('⚠ Offline since 18:00; showing the data from before')).toBeInTheDocument()
  })

  it('dates the screen by its oldest figures', () => {
    banner(60_000, { asOfs: ['2026-12-05T18:00:30+08:00', undefined, '2026-12-05T17:58:00+08:00'] })
    expect(screen.getByText('数据时间 17:58')).toBeInTheDocument()
    expect(screen.getByText(`⚠ ${wallZhCN.staleWarn}`)).toBeInTheDocument()
  })

  it('shows nothing before any figures arrived, keeping its place', () => {
    const { container } = banner(0, { asOfs: [undefined] })
    expect(container).toHaveTextContent(/^$/)
    expect(container.querySelectorAll('p')).toHaveLength(1)
  })

  it('speaks English too', () => {
    render(
      <StaleBanner asOfs={[asOf]} now={at(3 * refreshMs)} refreshMs={refreshMs} locale="en" texts={wallEn} />,
    )
    expect(screen.getByText(`⚠ ${wallEn.staleWarn}`)).toBeInTheDocument()
  })
})
