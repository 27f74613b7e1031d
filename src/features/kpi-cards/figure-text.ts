import type { Locale } from '@/shared/i18n/locales'
import { formatCount, formatMoneyFen, formatRate } from '@/shared/lib/format'
import type { FigureKind } from './card-figures'

/** A card's value as shown: counts grouped, rates as percentages (two decimals from 99 %), money. */
export function figureText(
  kind: FigureKind,
  value: number | null,
  locale: Locale,
  counts: { numerator?: number | undefined; denominator?: number | undefined } = {},
): string {
  switch (kind) {
    case 'count':
      return formatCount(value, locale)
    case 'rate':
      return formatRate(value, locale, counts)
    case 'money':
      return formatMoneyFen(value, locale)
  }
}
