import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { reportPublicationsQueryOptions } from '@/entities/report/api/report-queries'
import type { Report } from '@/entities/report/model/report-figures'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import type { DocBlock, DocSection } from '@/features/report-export/report-document'
import { ReportExportButtons } from '@/features/report-export/report-export-buttons'
import { buildNarrative, type NarrativeLabels } from '@/features/report-narrative/narrative'
import { describeApiError } from '@/shared/api/describe-api-error'
import { codesEn } from '@/shared/i18n/resources/parts/codes.en'
import { codesZhCN } from '@/shared/i18n/resources/parts/codes.zh-cn'
import { sixTimelyEn } from '@/shared/i18n/resources/parts/six-timely.en'
import { sixTimelyZhCN } from '@/shared/i18n/resources/parts/six-timely.zh-cn'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime } from '@/shared/lib/format'
import { Button } from '@/shared/ui/button/button'
import { DocTableView } from './doc-table'
import { MixChart } from './mix-chart'
import { buildReportDocument } from './model/build-report-document'
import { reportPeriodText } from './model/report-period-text'
import { PublishPanel } from './publish-panel'
import styles from './reports.module.css'
import { useHotspotActions } from './use-hotspot-actions'

type Codes = typeof codesZhCN
const lookup = (table: Record<string, string>, code: string) => table[code] ?? code

/** Code names in each language, for the summary written in both, whatever the UI language. */
function narrativeLabels(
  codes: Codes | typeof codesEn,
  timely: typeof sixTimelyZhCN | typeof sixTimelyEn,
  unitName: (code: string) => string,
): NarrativeLabels {
  return {
    category: (code) => lookup(codes.category, code),
    district: (code) => lookup(codes.district, code),
    unit: unitName,
    timely: (code) => (code in timely.items ? timely.items[code as keyof typeof timely.items].name : code),
  }
}

function Block({ block, heading }: { block: DocBlock; heading: string }) {
  const { t } = useTranslation()
  switch (block.kind) {
    case 'table':
      return <DocTableView table={block.table} hideCaption={block.table.caption === heading} />
    case 'subheading':
      return <h4 className={styles.subheading}>{block.text}</h4>
    case 'paragraph':
      return (
        <p lang={block.lang} className={styles.paragraph}>
          {block.text}
          {block.cites?.map((cite) => (
            <a
              key={cite.id}
              href={`#fig-${cite.id}`}
              className={styles.cite}
              title={t('reports.cite', { figure: cite.label })}
              aria-label={t('reports.cite', { figure: cite.label })}
            >
              {cite.label}
            </a>
          ))}
        </p>
      )
  }
}

function SectionMissing({ heading }: { heading: string }) {
  const { t } = useTranslation()
  return (
    <p role="alert" className={styles.missing}>
      {t('reports.sectionMissing', { section: heading })}
    </p>
  )
}

function SectionView({
  section,
  report,
  periodText,
  recentFailed,
  onRetryRecent,
}: {
  section: DocSection
  report: Report
  periodText: string
  recentFailed?: string
  onRetryRecent: () => void
}) {
  const { t } = useTranslation()
  return (
    <section className={styles.section} aria-labelledby={`section-${section.id}`} data-section={section.id}>
      <h3 id={`section-${section.id}`} className={styles.sectionHeading}>
        {section.heading}
      </h3>
      <ErrorBoundary fallback={<SectionMissing heading={section.heading} />}>
        {section.blocks === null ? (
          <SectionMissing heading={section.heading} />
        ) : (
          <>
            {section.id === 'mix' ? <MixChart report={report} /> : null}
            {section.id === 'narrative' ? (
              <p className={`${styles.note} ${styles.noPrint}`}>{t('reports.narrativeNote')}</p>
            ) : null}
            <div className={section.id === 'mix' || section.id === 'areas' ? styles.tableGrid : undefined}>
              {section.blocks.map((block, index) => (
                <Block key={index} block={block} heading={section.heading} />
              ))}
            </div>
            {section.id === 'publication' ? (
              <>
                <PublishPanel report={report} periodText={periodText} />
                {recentFailed ? (
                  <p role="alert" className={styles.missing}>
                    {t('reports.publication.recentFailed')}: {recentFailed}{' '}
                    <Button className={styles.noPrint} onClick={onRetryRecent}>
                      {t('errors.retry')}
                    </Button>
                  </p>
                ) : (
                  <p className={styles.note}>{t('reports.publication.recentNote')}</p>
                )}
              </>
            ) : null}
          </>
        )}
      </ErrorBoundary>
    </section>
  )
}

/** The report itself: print header, title, actions, then its sections. */
export function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const units = useQuery(unitsQueryOptions())
  const recent = useQuery(reportPublicationsQueryOptions(report.type))
  const hotspotAction = useHotspotActions(report)
  // The generation time: when this view of the report was made (printed in the header).
  const [generatedAt] = useState(() => Date.now())
  const document = useMemo(() => {
    const names = new Map(units.data?.items.map((unit) => [unit.code, unit.name]))
    const unitName = (code: string) => names.get(code) ?? code
    const narrative = {
      zh: buildNarrative(report, 'zh-CN', narrativeLabels(codesZhCN, sixTimelyZhCN, unitName)),
      en: buildNarrative(report, 'en', narrativeLabels(codesEn, sixTimelyEn, unitName)),
    }
    return buildReportDocument(
      { report, t, locale, unitName, narrative, hotspotAction, recent: recent.data },
      generatedAt,
    )
  }, [report, t, locale, units.data, hotspotAction, recent.data, generatedAt])
  const periodText = reportPeriodText(report.type, report.period, t, locale)
  const fileBase = t('reports.export.fileName', {
    type: t(`reports.types.${report.type}`),
    period: report.period,
  })
  return (
    <article className={styles.report} aria-labelledby="report-title">
      <div className={styles.printHeader} aria-hidden="true">
        <span>{document.title}</span>
        <span>{t('reports.print.generatedAt', { time: formatChinaDateTime(generatedAt, locale) })}</span>
      </div>
      <header className={styles.reportHeader}>
        <div>
          <h2 id="report-title" className={styles.reportTitle}>
            {document.title}
          </h2>
          {document.meta.slice(0, 2).map((line) => (
            <p key={line} className={styles.meta}>
              {line}
            </p>
          ))}
          {report.status === 'draft' ? null : (
            <p className={styles.meta}>
              {t(report.status === 'published' ? 'reports.frozen' : 'reports.running')}
            </p>
          )}
        </div>
        <div className={`${styles.actions} ${styles.noPrint}`}>
          <Button variant="primary" onClick={() => window.print()}>
            {t('reports.print.button')}
          </Button>
          <ReportExportButtons document={document} fileBase={fileBase} className={styles.exportButtons} />
        </div>
      </header>
      {document.sections.map((section) => (
        <SectionView
          key={section.id}
          section={section}
          report={report}
          periodText={periodText}
          recentFailed={recent.isError ? describeApiError(recent.error, t) : undefined}
          onRetryRecent={() => void recent.refetch()}
        />
      ))}
    </article>
  )
}
