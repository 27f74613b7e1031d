import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import {
  chinaDay,
  formatCalendarDay,
  formatChinaDateTime,
  formatCount,
  formatDeadline,
} from '@/shared/lib/format'
import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import type { CodeName } from './ticker-scene'
import { fill } from './use-wall-texts'
import type { WallTexts } from './wall.zh-cn'

export type AlertSummary = components['schemas']['AlertSummary']

/**
 * Longest names the wall writes out, in characters; longer ones end in "…". A unit's official
 * name runs up to 19 (日照市市场监督管理局经济技术开发区分局) and is never cut; a business name,
 * free text from the public, is cut sooner: two share a line.
 */
const maxUnitName = 20
const maxBusinessName = 14

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' })

/**
 * Text for a public screen: phone and ID numbers masked (a name is text from outside, and a
 * code's label could one day carry one), cut to `max` characters so one hostile name cannot push
 * the rest of a row off the screen. A character is what the reader sees as one (a grapheme): an
 * emoji made of several code points joined by ZWJ is kept whole or left out, never cut into
 * pieces. Rendered as React text only, never as HTML.
 */
export function wallText(text: string, max = Infinity): string {
  const masked = maskPersonalNumbers(text)
  if (masked.length <= max) return masked
  const characters = Array.from(graphemes.segment(masked), (part) => part.segment)
  return characters.length <= max ? masked : `${characters.slice(0, max - 1).join('')}…`
}

/** What the wall needs to name an alert's codes. */
export interface AlertNaming {
  codeName: CodeName
  /** Unit names by code (GET /units); a unit not known (yet) shows its code. */
  unitNames: ReadonlyMap<string, string>
  texts: WallTexts
  locale: Locale
}

/** What an alert is about: a unit (cards) or a category and its area (spikes). */
export function alertWhat(alert: AlertSummary, naming: AlertNaming): string {
  const { codeName, unitNames, texts } = naming
  if (alert.category !== null) {
    return wallText(
      fill(texts.alerts.spikeWhat, {
        category: codeName('category', alert.category),
        area: alert.district === null ? texts.alerts.wholeCity : codeName('district', alert.district),
      }),
    )
  }
  return wallText(alert.unit === null ? '' : (unitNames.get(alert.unit) ?? alert.unit), maxUnitName)
}

/** The figures of an alert: its items (cards) or its week against the threshold (spikes). */
export function alertDetail(alert: AlertSummary, naming: AlertNaming): string {
  const { texts, locale } = naming
  const n = formatCount(alert.itemCount, locale)
  if (alert.spike !== null) {
    return wallText(
      fill(texts.alerts.spikeDetail, {
        from: formatCalendarDay(alert.spike.windowFrom, locale, 'monthDay'),
        to: formatCalendarDay(alert.spike.windowTo, locale, 'monthDay'),
        count: formatCount(alert.spike.count, locale),
        threshold: formatCount(Math.round(alert.spike.threshold), locale),
      }),
    )
  }
  if (alert.type === 'redCard') return wallText(fill(texts.alerts.redItems, { n }))
  const deadline = alert.deadlineAt === null ? '' : formatDeadline(alert.deadlineAt, locale)
  return wallText(fill(texts.alerts.yellowItems, { n, deadline }))
}

/** A business cell: its name, cut and masked, and how many of the alert's items name it. */
export function businessText(business: { name: string; count: number }, naming: AlertNaming): string {
  return fill(naming.texts.alerts.business, {
    name: wallText(business.name, maxBusinessName),
    n: formatCount(business.count, naming.locale),
  })
}

/** An instant as the wall writes it: the time today, with the day before today. */
export function wallWhen(instant: string, today: string, locale: Locale): string {
  const time = formatChinaDateTime(instant, locale, 'time')
  const day = chinaDay(instant)
  return day === today ? time : `${formatCalendarDay(day, locale, 'monthDay')} ${time}`
}

/**
 * How the alert is being handled, for an alert someone has taken on (null while open): its state
 * and, once a plan is under way, the plan's kind and when it was activated. Codes and times only:
 * the summary carries no names.
 */
export function alertHandling(alert: AlertSummary, naming: AlertNaming, today: string): string | null {
  const { texts, locale } = naming
  if (alert.status === 'acknowledged') return texts.alerts.state.acknowledged
  if (alert.status !== 'planActivated' || alert.planCode === null) return null
  return fill(texts.alerts.planLine, {
    state: texts.alerts.state.planActivated,
    plan: texts.alerts.plan[alert.planCode],
    time: alert.planActivatedAt === null ? '' : wallWhen(alert.planActivatedAt, today, locale),
  })
}
