import { useTranslation } from 'react-i18next'
import { categoryCodeSchema } from '@/shared/api/validators/category-code.gen'
import { channelCodeSchema } from '@/shared/api/validators/channel-code.gen'
import { districtCodeSchema } from '@/shared/api/validators/district-code.gen'

export type CodedDimension = 'channel' | 'category' | 'district'

/**
 * The name of a breakdown row's code in the UI language. A code this version does not know
 * (the API added one) is shown as it is rather than as a missing translation key.
 */
export function useCodeLabel(): (dimension: CodedDimension, key: string) => string {
  const { t } = useTranslation()
  return (dimension, key) => {
    switch (dimension) {
      case 'channel': {
        const parsed = channelCodeSchema.safeParse(key)
        return parsed.success ? t(`codes.channel.${parsed.data}`) : key
      }
      case 'category': {
        const parsed = categoryCodeSchema.safeParse(key)
        return parsed.success ? t(`codes.category.${parsed.data}`) : key
      }
      case 'district': {
        const parsed = districtCodeSchema.safeParse(key)
        return parsed.success ? t(`codes.district.${parsed.data}`) : key
      }
    }
  }
}
