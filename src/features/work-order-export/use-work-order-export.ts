import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import { useLocale } from '@/shared/i18n/use-locale'
import { utf8Bom } from '@/shared/lib/csv'
import { downloadBlob } from '@/shared/lib/download-file'
import { fetchAllWorkOrders } from './fetch-all-work-orders'
import { workOrderCsvFileName, workOrderCsvHeader, workOrderCsvRow } from './work-order-csv'

export type ExportState =
  | { phase: 'idle' }
  /** `total` is unknown until the first page arrives. */
  | { phase: 'running'; loaded: number; total: number | null }
  | { phase: 'done'; rows: number; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown }

export interface WorkOrderExport {
  state: ExportState
  start: () => void
  cancel: () => void
}

/**
 * Exports the list for `params` to a CSV file: every page, turned into rows as it arrives (the
 * rows are strings, so 50,000 items never sit in memory as objects), then one download. The
 * language, labels and unit names are those of the moment the export starts, so one file never
 * mixes two. Leaving the page cancels it.
 */
export function useWorkOrderExport(
  params: WorkOrderListParams,
  unitNames: ReadonlyMap<string, string>,
): WorkOrderExport {
  const { t } = useTranslation()
  const locale = useLocale()
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const controllerRef = useRef<AbortController | null>(null)

  useEffect(() => () => controllerRef.current?.abort(), [])

  const start = useCallback(() => {
    if (controllerRef.current) return
    const controller = new AbortController()
    controllerRef.current = controller
    setState({ phase: 'running', loaded: 0, total: null })
    const context = { t, locale, unitNames }
    const chunks: string[] = [utf8Bom, workOrderCsvHeader(t)]
    let asOf: string | undefined
    let rows = 0

    fetchAllWorkOrders(params, {
      signal: controller.signal,
      onPage: (page) => {
        asOf = page.asOf
        rows = page.loaded
        chunks.push(page.items.map((item) => workOrderCsvRow(item, context)).join(''))
        setState({ phase: 'running', loaded: page.loaded, total: page.total })
      },
    })
      .then(() => {
        // Cancelled after the last page arrived: the user said no file, so none.
        if (controller.signal.aborted || asOf === undefined) return
        const fileName = workOrderCsvFileName(asOf, t)
        downloadBlob(new Blob(chunks, { type: 'text/csv;charset=utf-8' }), fileName)
        setState({ phase: 'done', rows, fileName })
      })
      .catch((error: unknown) => {
        // The cancel already said so; an abort is not a failure to report.
        if (!controller.signal.aborted) setState({ phase: 'failed', error })
      })
      .finally(() => {
        if (controllerRef.current === controller) controllerRef.current = null
      })
  }, [params, unitNames, t, locale])

  const cancel = useCallback(() => {
    const controller = controllerRef.current
    if (!controller) return
    controllerRef.current = null
    controller.abort()
    setState({ phase: 'cancelled' })
  }, [])

  return { state, start, cancel }
}
