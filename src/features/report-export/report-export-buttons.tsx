import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeApiError } from '@/shared/api/describe-api-error'
import { downloadBlob } from '@/shared/lib/download-file'
import { Button } from '@/shared/ui/button/button'
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
 * Export to .docx and CSV. The .docx builder (and the `docx` library under it) is imported on
 * click, so neither is downloaded by a reader who never exports.
 */
export function ReportExportButtons({ document, fileBase, className }: ReportExportButtonsProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<ExportState>({ kind: 'idle' })

  async function exportDocx() {
    setState({ kind: 'working' })
    try {
      const { buildReportDocx } = await import('./build-docx')
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
