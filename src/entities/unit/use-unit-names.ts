import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'

/**
 * Unit names by code, from `GET /units`. While they load, or if they fail, callers show the code:
 * the list is still usable, and a name never comes from anywhere but the API.
 */
export function useUnitNames(): ReadonlyMap<string, string> {
  const { data } = useQuery(unitsQueryOptions())
  return useMemo(() => new Map((data?.items ?? []).map((unit) => [unit.code, unit.name])), [data])
}
