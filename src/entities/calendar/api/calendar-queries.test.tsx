import { useQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { calendarQueryKeys, calendarYearQueryOptions } from './calendar-queries'

beforeEach(() => signInAs('director'))

describe('calendar query options', () => {
  it('reads an official year and flags a year with no published schedule as assumed', async () => {
    const { result } = renderQuery(() => ({
      known: useQuery(calendarYearQueryOptions(2026)),
      unknown: useQuery(calendarYearQueryOptions(2027)),
    }))
    await waitFor(
      () => expect(result.current.known.isSuccess && result.current.unknown.isSuccess).toBe(true),
      patiently,
    )
    expect(result.current.known.data).toMatchObject({ year: 2026, assumed: false })
    expect(result.current.known.data?.holidays).toContain('2026-10-01')
    expect(result.current.known.data?.makeUpWorkdays).toContain('2026-10-10')
    expect(result.current.unknown.data).toMatchObject({ year: 2027, assumed: true, holidays: [] })
    expect(calendarYearQueryOptions(2027).queryKey).toEqual([...calendarQueryKeys.all, 2027])
  })
})
