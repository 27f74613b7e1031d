import { useQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { hotspotsQueryOptions } from './hotspot-queries'

beforeEach(() => signInAs('director'))

describe('hotspot query options', () => {
  it('reads the hotspots of a period, validated', async () => {
    const period = { from: '2026-10-01', to: '2026-10-31' }
    const { result } = renderQuery(() => useQuery(hotspotsQueryOptions(period)))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    expect(result.current.data?.period).toEqual(period)
    expect(result.current.data?.items.length).toBeLessThanOrEqual(20)
  })
})
