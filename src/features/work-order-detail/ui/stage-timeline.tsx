import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime, formatDeadline, formatRate } from '@/shared/lib/format'
import { slowestStage, stageTimes, type StageTime } from '../model/stage-times'
import type { StageState, WorkOrderDetail } from '../model/work-order-detail'
import { Section } from './section'
import { useDurationText } from './use-duration-text'
import styles from './detail.module.css'

type Flag = 'onTime' | 'late' | 'overdue' | 'pending' | 'noLimit'

/** The API's on-time flag in words: done late and still open past the deadline differ. */
function stageFlag(stage: StageState): Flag {
  if (stage.onTime === true) return 'onTime'
  if (stage.onTime === false) return stage.completedAt === null ? 'overdue' : 'late'
  return stage.deadlineAt === null ? 'noLimit' : 'pending'
}

const flagSymbols: Record<Flag, string> = { onTime: '✓', late: '⚠', overdue: '⚠', pending: '○', noLimit: '–' }

/**
 * The closed loop, every stage of the item's kind in order: its deadline, when it was done and
 * whether on time, how long it took, and which stage is taking the time.
 */
export function StageTimeline({ detail }: { detail: WorkOrderDetail }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const durationText = useDurationText()
  const times = stageTimes(detail)
  const slowest = slowestStage(times)
  return (
    <Section title={t('workOrderDetail.timeline.heading')}>
      <p className={styles.lead}>
        {slowest === null
          ? t('workOrderDetail.timeline.noSlowest')
          : t('workOrderDetail.timeline.slowest', {
              stage: t(`codes.stage.${slowest.code}`),
              duration: durationText(slowest.durationMs),
              share: formatRate(slowest.share, locale),
            })}
      </p>
      <ol className={styles.timeline}>
        {detail.stages.map((stage, index) => {
          const time = times[index]
          const flag = stageFlag(stage)
          return (
            <li
              key={stage.code}
              className={styles.stage}
              data-flag={flag}
              aria-current={time?.running && !detail.closed ? 'step' : undefined}
            >
              <p className={styles.stageHead}>
                <span className={styles.stageMarker} aria-hidden="true">
                  {stage.completedAt === null ? '○' : '●'}
                </span>
                <strong>{t(`codes.stage.${stage.code}`)}</strong>
                {slowest?.code === stage.code ? (
                  <span className={styles.slowestBadge}>{t('workOrderDetail.timeline.slowestBadge')}</span>
                ) : null}
              </p>
              <dl className={styles.stageFacts}>
                <div>
                  <dt>{t('workOrderDetail.timeline.deadline')}</dt>
                  <dd>
                    {stage.deadlineAt === null
                      ? t('workOrderDetail.timeline.noDeadline')
                      : formatDeadline(stage.deadlineAt, locale)}
                  </dd>
                </div>
                <div>
                  <dt>{t('workOrderDetail.timeline.completed')}</dt>
                  <dd>
                    {stage.completedAt === null
                      ? t('workOrderDetail.timeline.notCompleted')
                      : formatChinaDateTime(stage.completedAt, locale)}
                  </dd>
                </div>
              </dl>
              <p className={styles.stageState}>
                <span className={styles.flag} data-flag={flag}>
                  <span aria-hidden="true">{flagSymbols[flag]} </span>
                  {t(`workOrderDetail.timeline.${flag}`)}
                </span>
                <StageDuration time={time} durationText={durationText} />
              </p>
            </li>
          )
        })}
      </ol>
    </Section>
  )
}

function StageDuration({
  time,
  durationText,
}: {
  time: StageTime | undefined
  durationText: (ms: number) => string
}) {
  const { t } = useTranslation()
  if (!time) return null
  if (time.durationMs === null) {
    return time.code === 'received' ? null : (
      <span className={styles.muted}>{t('workOrderDetail.timeline.waiting')}</span>
    )
  }
  const duration = durationText(time.durationMs)
  return (
    <span className={styles.muted}>
      {time.running
        ? t('workOrderDetail.timeline.running', { duration })
        : t('workOrderDetail.timeline.spent', { duration })}
    </span>
  )
}
