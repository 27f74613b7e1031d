import { ChangeIndicator } from '@/shared/ui/change-indicator/change-indicator'
import type { ChangeSense } from '@/shared/ui/change-indicator/change-tone'
import { changeDirection, formatSignedChange, missingValue } from '@/shared/lib/format'
import type { BreakdownRow } from '../model/rank-rows'
import { useLocale } from '@/shared/i18n/use-locale'

export interface ChangeCellProps {
  readonly row: BreakdownRow
  /** `count` for volumes (with the relative change beside it), `points` for rates. */
  readonly kind: 'count' | 'points'
  readonly sense: ChangeSense
}

/** A row's change against the comparison period: arrow, signed text, and tone as a third cue. */
export function ChangeCell({ row, kind, sense }: ChangeCellProps) {
  const locale = useLocale()
  const { change, changeRatio } = row
  if (typeof change !== 'number') return <>{missingValue}</>
  const ratio =
    kind === 'count' && typeof changeRatio === 'number'
      ? ` (${formatSignedChange(changeRatio, 'percent', locale)})`
      : ''
  return (
    <ChangeIndicator
      direction={changeDirection(change, kind)}
      text={`${formatSignedChange(change, kind, locale)}${ratio}`}
      sense={sense}
    />
  )
}
