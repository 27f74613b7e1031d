import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime, formatCount } from '@/shared/lib/format'
import { deadlineMoves, type DeadlineMove } from '../model/deadline-moves'
import type { DeadlineEvent } from '../model/work-order-detail'
import { Section } from './section'
import styles from './detail.module.css'

interface DeadlineEventsProps {
  events: readonly DeadlineEvent[]
  unitNames: ReadonlyMap<string, string>
}

/** Extensions (who approved), suspensions and returns, each with how it moved the deadline. */
export function DeadlineEvents({ events, unitNames }: DeadlineEventsProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { moves, totalWorkingDays } = deadlineMoves(events)
  return (
    <Section title={t('workOrderDetail.events.heading')}>
      {moves.length === 0 ? (
        <p className={styles.muted}>{t('workOrderDetail.events.none')}</p>
      ) : (
        <>
          {totalWorkingDays > 0 ? (
            <p className={styles.lead}>
              {t('workOrderDetail.events.total', {
                count: totalWorkingDays,
                days: formatCount(totalWorkingDays, locale),
              })}
            </p>
          ) : null}
          <ul className={styles.records}>
            {moves.map((move) => (
              <li key={move.event.id} className={styles.record}>
                <MoveRecord move={move} unitNames={unitNames} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  )
}

function MoveRecord({ move, unitNames }: { move: DeadlineMove; unitNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const time = (instant: string) => formatChinaDateTime(instant, locale)
  const unit = (code: string) => unitNames.get(code) ?? code

  switch (move.type) {
    case 'extension': {
      const { event } = move
      const decision =
        event.status === 'pending'
          ? t('workOrderDetail.events.extension.pending')
          : t(`workOrderDetail.events.extension.${event.status}`, {
              by: event.decidedBy ?? '—',
              time: event.decidedAt === null ? '—' : time(event.decidedAt),
            })
      return (
        <>
          <p className={styles.recordTitle}>
            <strong>{t('workOrderDetail.events.extension.title')}</strong>
            <Effect moved={move.movedWorkingDays > 0}>
              {move.movedWorkingDays > 0
                ? t('workOrderDetail.events.extension.moved', {
                    count: move.movedWorkingDays,
                    days: formatCount(move.movedWorkingDays, locale),
                  })
                : t('workOrderDetail.events.extension.notMoved')}
            </Effect>
          </p>
          <p>
            {t('workOrderDetail.events.extension.requested', {
              time: time(event.requestedAt),
              count: event.extraWorkingDays,
              days: formatCount(event.extraWorkingDays, locale),
            })}
          </p>
          <p dir="auto" className={styles.freeText}>
            {decision}
          </p>
          <p className={styles.freeText} dir="auto">
            <span className={styles.muted}>{t('workOrderDetail.events.extension.reason')}</span>
            {event.reason}
          </p>
        </>
      )
    }
    case 'suspension': {
      const { event } = move
      const days = formatCount(move.movedWorkingDays, locale)
      return (
        <>
          <p className={styles.recordTitle}>
            <strong>
              {t('workOrderDetail.events.suspension.title')} ·{' '}
              {t(`workOrderDetail.events.suspension.reason.${event.reason}`)}
            </strong>
            <Effect moved={move.movedWorkingDays > 0}>
              {move.ongoing
                ? t('workOrderDetail.events.suspension.movedSoFar', { count: move.movedWorkingDays, days })
                : t('workOrderDetail.events.suspension.moved', { count: move.movedWorkingDays, days })}
            </Effect>
          </p>
          <p>
            {event.endedAt === null
              ? t('workOrderDetail.events.suspension.ongoing', { from: time(event.startedAt) })
              : t('workOrderDetail.events.suspension.period', {
                  from: time(event.startedAt),
                  to: time(event.endedAt),
                })}
          </p>
        </>
      )
    }
    case 'return': {
      const { event } = move
      return (
        <>
          <p className={styles.recordTitle}>
            <strong>{t('workOrderDetail.events.return.title')}</strong>
            <span className={styles.flag} data-flag={move.returnedLate ? 'late' : 'onTime'}>
              <span aria-hidden="true">{move.returnedLate ? '⚠ ' : '✓ '}</span>
              {move.returnedLate
                ? t('workOrderDetail.events.return.returnedLate')
                : t('workOrderDetail.events.return.returnedOnTime')}
            </span>
          </p>
          <p className={styles.freeText} dir="auto">
            {t('workOrderDetail.events.return.route', { from: unit(event.fromUnit) })}
            {' → '}
            {event.toUnit === null
              ? t('workOrderDetail.events.return.awaiting')
              : t('workOrderDetail.events.return.toUnit', { to: unit(event.toUnit) })}
          </p>
          <p>
            {t('workOrderDetail.events.return.returnedAt', {
              time: time(event.returnedAt),
              deadline: time(event.returnDeadlineAt),
            })}
          </p>
          <p>
            <Effect moved>
              {event.redispatchedAt === null
                ? t('workOrderDetail.events.return.notRestarted')
                : t('workOrderDetail.events.return.restarted', { time: time(event.redispatchedAt) })}
            </Effect>
          </p>
          <p className={styles.freeText} dir="auto">
            <span className={styles.muted}>{t('workOrderDetail.events.return.reason')}</span>
            {event.reason}
          </p>
        </>
      )
    }
  }
}

/** How the deadline moved: an arrow and words, not colour alone. */
function Effect({ moved, children }: { moved: boolean; children: ReactNode }) {
  return (
    <span className={styles.effect} data-moved={moved}>
      <span aria-hidden="true">{moved ? '↦ ' : '= '}</span>
      {children}
    </span>
  )
}
