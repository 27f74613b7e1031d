import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import { describeApiError } from '@/shared/api/describe-api-error'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { Button } from '@/shared/ui/button/button'
import { useWorkOrderExport, type ExportState } from './use-work-order-export'
import styles from './export-work-orders-button.module.css'

export interface ExportWorkOrdersButtonProps {
  /** The list's parameters, as the table uses them; the page size is the export's own. */
  params: WorkOrderListParams
  /** Unit names by code (GET /units); codes where a name is missing. */
  unitNames: ReadonlyMap<string, string>
}

/**
 * Exports the current view (every page of it) to a CSV file, with its progress and a cancel
 * button while it runs. The outcome is announced in a status region.
 */
export function ExportWorkOrdersButton({ params, unitNames }: ExportWorkOrdersButtonProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { state, start, cancel } = useWorkOrderExport(params, unitNames)
  const hintId = useId()
  const exportId = useId()
  const cancelId = useId()
  const outcome = useOutcomeText(state)
  const running = state.phase === 'running'
  useFocusFollowsExport(running, exportId, cancelId)

  return (
    <div className={styles.export}>
      <div className={styles.controls}>
        <Button id={exportId} onClick={start} disabled={running} aria-describedby={hintId}>
          {t('workOrderExport.export')}
        </Button>
        <span id={hintId} className="visually-hidden">
          {t('workOrderExport.exportHint')}
        </span>
        {running ? (
          <>
            <progress
              className={styles.progress}
              aria-label={t('workOrderExport.progressLabel')}
              // Without a total yet, the bar is indeterminate.
              max={state.total ?? undefined}
              value={state.total === null ? undefined : state.loaded}
            />
            <span className={styles.count}>
              {state.total === null
                ? t('workOrderExport.starting')
                : t('workOrderExport.progress', {
                    loaded: formatCount(state.loaded, locale),
                    total: formatCount(state.total, locale),
                  })}
            </span>
            <Button id={cancelId} variant="quiet" onClick={cancel}>
              {t('workOrderExport.cancel')}
            </Button>
          </>
        ) : null}
      </div>
      {/* Always present, so screen readers hear it change; the count above is not announced page by page. */}
      <p role="status" className={statusClass(state)}>
        {outcome}
      </p>
    </div>
  )
}

function statusClass(state: ExportState): string | undefined {
  // While running, the bar and its count say it on screen; the status only tells screen readers.
  if (state.phase === 'running') return 'visually-hidden'
  return state.phase === 'failed' ? styles.failed : styles.status
}

/** The status line: what happened to the last export. */
function useOutcomeText(state: ExportState): string {
  const { t } = useTranslation()
  const locale = useLocale()
  switch (state.phase) {
    case 'idle':
      return ''
    case 'running':
      return t('workOrderExport.running')
    case 'done':
      return t('workOrderExport.done', { rows: formatCount(state.rows, locale), fileName: state.fileName })
    case 'cancelled':
      return t('workOrderExport.cancelled')
    case 'failed':
      return t('workOrderExport.failed', { reason: describeApiError(state.error, t) })
  }
}

/**
 * The export button is disabled while the export runs, which takes the focus from it: the
 * focus goes to Cancel, and back to the export button when Cancel goes away (if it had the focus).
 */
function useFocusFollowsExport(running: boolean, exportId: string, cancelId: string): void {
  const wasRunning = useRef(false)
  useEffect(() => {
    if (running === wasRunning.current) return
    wasRunning.current = running
    const active = document.activeElement
    if (running) {
      if (active === null || active === document.body || active.id === exportId) {
        document.getElementById(cancelId)?.focus()
      }
    } else if (active === null || active === document.body) {
      document.getElementById(exportId)?.focus()
    }
  }, [running, exportId, cancelId])
}
