import { useTranslation } from 'react-i18next'
import { durationParts } from '../model/duration-parts'

/** A span of time in words: "3天4小时" / "3 d 4 h". */
export function useDurationText(): (ms: number) => string {
  const { t } = useTranslation()
  return (ms) => {
    const parts = durationParts(ms)
    switch (parts.unit) {
      case 'days':
        return t('workOrderDetail.duration.days', { days: parts.days, hours: parts.hours })
      case 'hours':
        return t('workOrderDetail.duration.hours', { hours: parts.hours, minutes: parts.minutes })
      case 'minutes':
        return t('workOrderDetail.duration.minutes', { minutes: parts.minutes })
    }
  }
}
