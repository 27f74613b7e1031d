import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { RiseDimension } from '@/entities/hotspot/api/rise-queries'
import { useUnitNames } from '@/entities/unit/use-unit-names'
import { categoryCodeSchema, districtCodeSchema } from '@/shared/api/validators.gen'

/**
 * A row's display name: categories and districts translated from their codes, units named by
 * `GET /units`, businesses as the API wrote them (plain text). An unknown code shows as itself.
 */
export function useRowName(dimension: RiseDimension): (key: string) => string {
  const { t } = useTranslation()
  const units = useUnitNames()
  return useCallback(
    (key: string) => {
      if (dimension === 'category' && categoryCodeSchema.safeParse(key).success)
        return t(`codes.category.${key as 'tourism'}`)
      if (dimension === 'district' && districtCodeSchema.safeParse(key).success)
        return t(`codes.district.${key as '371102'}`)
      if (dimension === 'unit') return units.get(key) ?? key
      return key
    },
    [dimension, t, units],
  )
}
