import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime, formatDeadline } from '@/shared/lib/format'
import type { WorkOrderDetail } from '../model/work-order-detail'
import styles from './detail.module.css'
import { Fact, Section } from './section'

interface DetailFactsProps {
  detail: WorkOrderDetail
  unitNames: ReadonlyMap<string, string>
}

/** Who, what and where: codes by their names, the public's own words as plain text. */
export function DetailFacts({ detail, unitNames }: DetailFactsProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const state = detail.closed ? 'closed' : detail.overdue ? 'overdue' : detail.atRisk ? 'atRisk' : 'open'
  const symbol = { closed: '✓', overdue: '⚠', atRisk: '◔', open: '•' }[state]
  return (
    <Section title={t('workOrderDetail.facts.heading')}>
      <p className={styles.states}>
        <span className={styles[state]}>
          <span aria-hidden="true">{symbol} </span>
          {state === 'overdue' && detail.overdueSince !== null
            ? t('workOrderDetail.state.overdue', { since: formatChinaDateTime(detail.overdueSince, locale) })
            : t(`workOrderDetail.state.${state}`, { since: '' })}
        </span>
        {detail.supervised ? (
          <span className={styles.supervised}>{t('workOrderDetail.state.supervised')}</span>
        ) : null}
        {detail.consumerAssociation ? (
          <span className={styles.tag}>{t('workOrderDetail.facts.consumerAssociation')}</span>
        ) : null}
      </p>
      <dl className={styles.facts}>
        <Fact label={t('workOrderDetail.facts.kind')}>{t(`codes.kind.${detail.kind}`)}</Fact>
        <Fact label={t('workOrderDetail.facts.channel')}>{t(`codes.channel.${detail.channel}`)}</Fact>
        <Fact label={t('workOrderDetail.facts.category')}>{t(`codes.category.${detail.category}`)}</Fact>
        <Fact label={t('workOrderDetail.facts.district')}>{t(`codes.district.${detail.district}`)}</Fact>
        <Fact label={t('workOrderDetail.facts.unit')} freeText>
          {unitNames.get(detail.unit) ?? detail.unit}
        </Fact>
        <Fact label={t('workOrderDetail.facts.receivedAt')}>
          {formatChinaDateTime(detail.receivedAt, locale)}
        </Fact>
        <Fact label={t('workOrderDetail.facts.stage')}>{t(`codes.stage.${detail.stage}`)}</Fact>
        <Fact label={t('workOrderDetail.facts.dueAt')}>
          {detail.dueAt === null
            ? t('workOrderDetail.facts.noDeadline')
            : formatDeadline(detail.dueAt, locale)}
        </Fact>
        {detail.closedAt !== null ? (
          <Fact label={t('workOrderDetail.facts.closedAt')}>
            {formatChinaDateTime(detail.closedAt, locale)}
          </Fact>
        ) : null}
      </dl>
      <dl className={styles.texts}>
        <Fact label={t('workOrderDetail.facts.businessName')} freeText>
          {detail.businessName}
        </Fact>
        <Fact label={t('workOrderDetail.facts.summary')} freeText>
          {detail.summary}
        </Fact>
      </dl>
    </Section>
  )
}
