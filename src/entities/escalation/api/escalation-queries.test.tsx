import { useInfiniteQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { escalationQueryKeys, escalationsInfiniteQueryOptions } from './escalation-queries'

beforeEach(() => signInAs('director'))

describe('supervision query options', () => {
  it('reads the first page of supervisions, validated, keyed by its filters', async () => {
    const { result } = renderQuery(() => useInfiniteQuery(escalationsInfiniteQueryOptions({ limit: 5 })))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    const page = result.current.data!.pages[0]!
    expect(page.items.length).toBeLessThanOrEqual(5)
    expect(result.current.hasNextPage).toBe(page.nextCursor !== null)
    expect(escalationsInfiniteQueryOptions({ status: 'open' }).queryKey).toEqual([
      ...escalationQueryKeys.lists(),
      { status: 'open' },
    ])
  })
})
