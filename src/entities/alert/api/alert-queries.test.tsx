import { useInfiniteQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { alertQueryKeys, alertsInfiniteQueryOptions } from './alert-queries'

beforeEach(() => signInAs('director'))

describe('alert query options', () => {
  it('reads the first page of alerts, validated', async () => {
    const { result } = renderQuery(() => useInfiniteQuery(alertsInfiniteQueryOptions({ limit: 10 })))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    const page = result.current.data!.pages[0]!
    expect(page.items.length).toBeLessThanOrEqual(10)
    expect(page.total).toBeGreaterThanOrEqual(page.items.length)
    expect(alertsInfiniteQueryOptions({ type: 'redCard' }).queryKey).toEqual([
      ...alertQueryKeys.lists(),
      { type: 'redCard' },
    ])
  })
})
