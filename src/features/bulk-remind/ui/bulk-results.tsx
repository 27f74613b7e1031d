import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { countOutcomes, type BulkRunState, type OutcomeKind } from '../model/bulk-run'
import { outcomeText } from './outcome-text'
import styles from './bulk-remind.module.css'

/** A symbol beside the words of each state, never instead of them. */
const symbols: Record<OutcomeKind, string> = {
  idle: '○',
  queued: '○',
  sending: '…',
  sent: '✓',
  refused: '✕',
  failed: '⚠',
}

/**
 * A run's progress and where each item stands. Only the summary is a live region: a line per
 * item read out as it changes would drown it. When sending starts (or a retry), the button
 * pressed goes away: the focus comes to the summary rather than being lost to the page.
 */
export function BulkResults({ state }: { state: BulkRunState }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const summaryRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state.running) summaryRef.current?.focus()
  }, [state.running])
  const counts = countOutcomes(state.items)
  const total = state.items.length
  const done = counts.sent + counts.refused + counts.failed
  const parts = (['sent', 'refused', 'failed'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => t(`bulkRemind.summary.${kind}`, { count: counts[kind] }))
  const summary = state.running
    ? t('bulkRemind.progress', { done: formatCount(done, locale), total: formatCount(total, locale) })
    : counts.sent === total
      ? t('bulkRemind.summary.allSent', { count: total })
      : `${parts.join(t('bulkRemind.summary.separator'))}${t('bulkRemind.summary.end')}`

  return (
    <div className={styles.results}>
      <p role="status" className={styles.summary} ref={summaryRef} tabIndex={-1}>
        {summary}
      </p>
      <progress
        className={styles.progress}
        max={total}
        value={done}
        aria-label={t('bulkRemind.progressLabel')}
      />
      {!state.running && counts.refused > 0 ? (
        <p className={styles.next}>{t('bulkRemind.summary.refusedNext')}</p>
      ) : null}
      {!state.running && counts.failed > 0 ? (
        <p className={styles.next}>{t('bulkRemind.summary.failedNext')}</p>
      ) : null}
      <ol className={styles.items} aria-label={t('bulkRemind.results')}>
        {state.items.map(({ id, outcome }) => (
          <li key={id} className={styles.item} data-outcome={outcome.kind}>
            <span className={styles.itemId}>{id}</span>
            <span className={styles.itemOutcome}>
              <span aria-hidden="true">{symbols[outcome.kind]} </span>
              {outcomeText(outcome, t)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}
