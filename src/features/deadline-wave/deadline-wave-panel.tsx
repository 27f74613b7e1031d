import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { memo, useCallback, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { workOrderQueryKeys, type WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import type { WorkOrderListSearch } from '@/entities/work-order/work-order-list-search'
import { useWorkingCalendar } from '@/entities/calendar/model/use-working-calendar'
import { useLocale } from '@/shared/i18n/use-locale'
import { chinaDay, formatCalendarDay, formatCount } from '@/shared/lib/format'
import { useLinkGrid } from '@/shared/lib/use-link-grid'
import { useNow } from '@/shared/lib/use-now'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { deadlineWave, shownUnits, waveDays, waveWorkingDays, type UnitWave } from './deadline-wave'
import { fetchWaveItems, type WaveItems } from './fetch-wave-items'
import { exactView, WaveCountCell } from './wave-count-cell'
import { WaveSkeleton } from './wave-skeleton'
import styles from './deadline-wave.module.css'

interface DeadlineWavePanelProps {
  /** The list's filters but its state, period and order: the wave is about open items' deadlines. */
  scope: WorkOrderListParams
  /** The same scope as the list's URL filters: each link narrows the list from it. */
  linkSearch: WorkOrderListSearch
  unitNames: ReadonlyMap<string, string>
}

/**
 * How many open items fall due on each of the next five working days, by handling unit, so a
 * supervisor acts before the breach. A unit's name filters the list below to its open items in
 * deadline order; a count, to the items it counts (that unit, that day); a day's total, to the
 * day's items of every unit.
 */
export const DeadlineWavePanel = memo(function DeadlineWavePanel({
  scope,
  linkSearch,
  unitNames,
}: DeadlineWavePanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const captionId = useId()
  const hintId = useId()
  const { ref: gridRef, onFocus: onGridFocus, onKeyDown: onGridKeyDown } = useLinkGrid<HTMLTableElement>()
  const now = useNow(60_000)
  const today = chinaDay(now)
  const calendar = useWorkingCalendar(now)
  const days = useMemo(() => waveDays(today, calendar), [today, calendar])
  // One function per set of days: the wave is counted once per answer, not on every render.
  const select = useCallback(
    (answer: WaveItems) => ({ ...deadlineWave(answer.items, days, Date.parse(answer.asOf)), answer }),
    [days],
  )
  const query = useQuery({
    // Under the lists' key: whatever refreshes the lists (a reminder sent) refreshes this too.
    queryKey: [...workOrderQueryKeys.lists(), 'deadline-wave', scope, days, today] as const,
    queryFn: ({ signal }) => fetchWaveItems(scope, days[0] ?? today, days.at(-1) ?? today, signal),
    select,
    ...usePolling(),
  })
  const count = waveWorkingDays

  return (
    <PanelFrame
      title={t('deadlineWave.title', { count })}
      query={query}
      isEmpty={(wave) => wave.units.length === 0}
      emptyMessage={t('deadlineWave.empty', { count })}
      skeleton={<WaveSkeleton />}
    >
      {(wave) => {
        const named = wave.units.slice(0, shownUnits)
        const rest = wave.units.slice(shownUnits)
        const restRow: UnitWave | undefined =
          rest.length === 0
            ? undefined
            : {
                unit: '',
                counts: wave.days.map((_, i) => rest.reduce((sum, unit) => sum + (unit.counts[i] ?? 0), 0)),
                total: rest.reduce((sum, unit) => sum + unit.total, 0),
              }
        const peak = Math.max(1, ...wave.units.flatMap((unit) => unit.counts))
        const first = wave.days[0]
        const last = wave.days.at(-1)
        const openDue = (unit: string | undefined, dueFrom?: string, dueTo = dueFrom) => ({
          ...linkSearch,
          unit,
          status: 'open' as const,
          dueFrom,
          dueTo,
          sort: 'dueAt' as const,
        })
        const dayName = (day: string) => formatCalendarDay(day, locale, 'monthDay')
        const grandTotal = wave.totals.reduce((a, b) => a + b, 0)
        const level = (value: number) => (value > 0 ? Math.min(4, Math.ceil((value / peak) * 4)) : undefined)
        return (
          <>
            <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
              <p id={hintId} className="visually-hidden">
                {t('deadlineWave.keyboardHint')}
              </p>
              <table
                className={styles.table}
                aria-describedby={hintId}
                ref={gridRef}
                onFocus={onGridFocus}
                onKeyDown={onGridKeyDown}
              >
                <caption id={captionId} className="visually-hidden">
                  {t('deadlineWave.caption', { count })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('deadlineWave.unit')}</th>
                    {wave.days.map((day) => (
                      <th key={day} scope="col" className={styles.day}>
                        {dayName(day)}
                        {day === today ? (
                          <span className={styles.today}> {t('deadlineWave.today')}</span>
                        ) : null}
                      </th>
                    ))}
                    <th scope="col" className={styles.day}>
                      {t('deadlineWave.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {named.map((unit) => {
                    const name = unitNames.get(unit.unit) ?? unit.unit
                    return (
                      <tr key={unit.unit}>
                        <th scope="row" className={styles.unit}>
                          <Link
                            to="/work-orders"
                            activeOptions={exactView}
                            search={openDue(unit.unit)}
                            aria-label={t('deadlineWave.filterUnit', { unit: name })}
                          >
                            {name}
                          </Link>
                        </th>
                        {unit.counts.map((value, i) => {
                          const day = wave.days[i] ?? ''
                          const label = t('deadlineWave.filterCell', {
                            unit: name,
                            day: dayName(day),
                            count: value,
                          })
                          const link = { search: openDue(unit.unit, day), label }
                          return <WaveCountCell key={day} value={value} link={link} level={level(value)} />
                        })}
                        <WaveCountCell
                          value={unit.total}
                          link={{
                            search: openDue(unit.unit, first, last),
                            label: t('deadlineWave.filterUnitTotal', {
                              unit: name,
                              count: unit.total,
                              days: count,
                            }),
                          }}
                        />
                      </tr>
                    )
                  })}
                  {restRow ? (
                    <tr>
                      <th scope="row" className={styles.unit}>
                        {t('deadlineWave.otherUnits', { count: rest.length })}
                      </th>
                      {restRow.counts.map((value, i) => (
                        <WaveCountCell key={wave.days[i]} value={value} level={level(value)} />
                      ))}
                      <WaveCountCell value={restRow.total} />
                    </tr>
                  ) : null}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('deadlineWave.allUnits')}</th>
                    {wave.totals.map((value, i) => {
                      const day = wave.days[i] ?? ''
                      const label = t('deadlineWave.filterDay', { day: dayName(day), count: value })
                      return (
                        <WaveCountCell
                          key={day}
                          value={value}
                          link={{ search: openDue(undefined, day), label }}
                        />
                      )
                    })}
                    <WaveCountCell
                      value={grandTotal}
                      link={{
                        search: openDue(undefined, first, last),
                        label: t('deadlineWave.filterAll', { count: grandTotal, days: count }),
                      }}
                    />
                  </tr>
                </tfoot>
              </table>
            </div>
            {wave.answer.truncated ? (
              <p className={styles.note}>
                {t('deadlineWave.truncated', { shown: formatCount(wave.answer.items.length, locale) })}
              </p>
            ) : null}
          </>
        )
      }}
    </PanelFrame>
  )
})
