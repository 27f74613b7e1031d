import { useQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { reportQueryKeys, reportQueryOptions } from './report-queries'

beforeEach(() => signInAs('director'))

describe('report query options', () => {
  it('reads a monthly report, validated', async () => {
    const { result } = renderQuery(() => useQuery(reportQueryOptions('monthly', '2026-10')))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    expect(result.current.data).toMatchObject({
      type: 'monthly',
      period: '2026-10',
      from: '2026-10-01',
      to: '2026-10-31',
    })
    expect(reportQueryOptions('monthly', '2026-10').queryKey).toEqual([
      ...reportQueryKeys.ofType('monthly'),
      '2026-10',
    ])
  })
})
