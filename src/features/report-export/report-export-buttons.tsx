import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeApiError } from '@/shared/api/describe-api-error'
import { downloadBlob } from '@/shared/lib/download-file'
import { Button } from '@/shared/ui/button/button'
import { serverAnswers } from '@/shared/ui/code-loading/page-reload'
import { buildReportCsv } from './report-csv'
import type { ReportDocument } from './report-document'

export interface ReportExportButtonsProps {
  document: ReportDocument
  /** The file name without extension, e.g. "月分析-2026-10". */
  fileBase: string
  className?: string
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; reason: string }

/**
 * The .docx builder, or why it could not be had: never asked for while offline (Chromium keeps a
 * failed import failed until the page is reloaded, see shared/lib/when-online.ts), and once it
 * failed with the server answering, only a reload of the page can load it.
 */
async function loadDocxBuilder() {
  if (!navigator.onLine) return 'reports.export.offline' as const
  try {
    return await import('./build-docx')
  } catch {
    return (await serverAnswers())
      ? ('panel.codeNeedsReload' as const)
      : ('reports.export.codeFailed' as const)
  }
}

/**
 * Export to .docx and CSV. The .docx builder (and the `docx` library under it) is imported on
 * click, so neither is downloaded by a reader who never exports.
 */
export function ReportExportButtons({ document, fileBase, className }: ReportExportButtonsProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<ExportState>({ kind: 'idle' })

  async function exportDocx() {
    setState({ kind: 'working' })
    const builder = await loadDocxBuilder()
    if (typeof builder === 'string') {
      setState({ kind: 'failed', reason: t(builder) })
      return
    }
    try {
      const { buildReportDocx } = builder
      const blob = await buildReportDocx(document, (section) => t('reports.sectionMissing', { section }))
      const fileName = `${fileBase}.docx`
      downloadBlob(blob, fileName)
      setState({ kind: 'done', fileName })
    } catch (error) {
      setState({ kind: 'failed', reason: describeApiError(error, t) })
    }
  }

  function exportCsv() {
    const fileName = `${fileBase}.csv`
    downloadBlob(new Blob([buildReportCsv(document)], { type: 'text/csv;charset=utf-8' }), fileName)
    setState({ kind: 'done', fileName })
  }

  return (
    <div className={className}>
      <Button onClick={() => void exportDocx()} disabled={state.kind === 'working'}>
        {state.kind === 'working' ? t('reports.export.working') : t('reports.export.docx')}
      </Button>
      <Button onClick={exportCsv}>{t('reports.export.csv')}</Button>
      <span role="status">
        {state.kind === 'done'
          ? t('reports.export.done', { fileName: state.fileName })
          : state.kind === 'failed'
            ? t('reports.export.failed', { reason: state.reason })
            : null}
      </span>
    </div>
  )
}
