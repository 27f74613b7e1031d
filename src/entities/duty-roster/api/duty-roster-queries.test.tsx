import { useQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { dutyRosterQueryOptions } from './duty-roster-queries'

beforeEach(() => signInAs('director'))

describe('duty roster query options', () => {
  it('reads one entry per day of the period, validated', async () => {
    const { result } = renderQuery(() =>
      useQuery(dutyRosterQueryOptions({ from: '2026-11-01', to: '2026-11-07' })),
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    expect(result.current.data?.days.map((day) => day.date)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
    ])
  })
})
