import type { TFunction } from 'i18next'
import type { TimeLeft } from '@/entities/work-order/model/time-left'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay } from '@/shared/lib/format'

type Schemas = components['schemas']
export type RowStateCode = 'closed' | 'overdue' | 'atRisk' | 'open'

/** The words of one time-left cell: how long, and the deadline day. */
export interface TimeLeftWords {
  words: string
  deadline: string
}

/**
 * The words a row's cells show, translated once per language and value rather than once per
 * cell: a table draws thousands of cells as it scrolls, and each translation costs a lookup
 * through i18next. Made anew whenever the columns are (language, minute).
 */
export interface RowLabels {
  category: (code: Schemas['CategoryCode']) => string
  district: (code: Schemas['DistrictCode']) => string
  channel: (code: Schemas['ChannelCode']) => string
  kind: (code: Schemas['KindCode']) => string
  stage: (code: Schemas['StageCode']) => string
  state: (state: RowStateCode) => string
  supervised: string
  closed: string
  timeLeft: (left: Extract<TimeLeft, { workingDays: number }>) => TimeLeftWords
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      value = compute(key)
      cache.set(key, value)
    }
    return value
  }
}

export function createRowLabels(t: TFunction, locale: Locale): RowLabels {
  const words = (left: Extract<TimeLeft, { workingDays: number }>) => {
    const count = left.workingDays
    if (left.state === 'overdue')
      return count === 0
        ? t('workOrderTable.timeLeft.overdueToday')
        : t('workOrderTable.timeLeft.overdue', { count })
    return count === 0 ? t('workOrderTable.timeLeft.dueToday') : t('workOrderTable.timeLeft.left', { count })
  }
  const deadline = memo((day: string) =>
    t('workOrderTable.timeLeft.deadline', { day: formatCalendarDay(day, locale, 'monthDay') }),
  )
  const timeLeftCache = new Map<string, TimeLeftWords>()
  const timeLeft = (left: Extract<TimeLeft, { workingDays: number }>) => {
    const key = `${left.state}|${String(left.workingDays)}|${left.deadlineDay}`
    let value = timeLeftCache.get(key)
    if (value === undefined) {
      value = { words: words(left), deadline: deadline(left.deadlineDay) }
      timeLeftCache.set(key, value)
    }
    return value
  }
  return {
    category: memo((code) => t(`codes.category.${code}`)),
    district: memo((code) => t(`codes.district.${code}`)),
    channel: memo((code) => t(`codes.channel.${code}`)),
    kind: memo((code) => t(`codes.kind.${code}`)),
    stage: memo((code) => t(`codes.stage.${code}`)),
    state: memo((state) => t(`workOrderTable.state.${state}`)),
    supervised: t('workOrderTable.state.supervised'),
    closed: t('workOrderTable.timeLeft.closed'),
    timeLeft,
  }
}
