import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatMoneyFen } from '@/shared/lib/format'
import type { WorkOrderDetail } from '../model/work-order-detail'
import { Fact, Section } from './section'
import styles from './detail.module.css'

/** How it ended, the money recovered (not the amount in dispute), the case it became. */
export function OutcomeFacts({ detail }: { detail: WorkOrderDetail }) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <Section title={t('workOrderDetail.outcome.heading')}>
      <dl className={styles.facts}>
        <Fact label={t('workOrderDetail.outcome.resolution')}>
          {detail.resolution === null
            ? t('workOrderDetail.outcome.notClosed')
            : t(`workOrderDetail.outcome.resolutions.${detail.resolution}`)}
        </Fact>
        <Fact label={t('workOrderDetail.outcome.recovered')}>
          {formatMoneyFen(detail.recoveredFen, locale)}
        </Fact>
        <Fact label={t('workOrderDetail.outcome.disputed')}>
          {formatMoneyFen(detail.disputedFen, locale)}
        </Fact>
        <Fact label={t('workOrderDetail.outcome.complaintToCase')} freeText>
          {detail.complaintToCase === null
            ? t('workOrderDetail.outcome.noCase')
            : t('workOrderDetail.outcome.caseNumber', { number: detail.complaintToCase })}
        </Fact>
        <Fact label={t('workOrderDetail.outcome.satisfaction')}>
          {detail.satisfaction === null
            ? t('workOrderDetail.outcome.noSatisfaction')
            : t(`workOrderDetail.outcome.${detail.satisfaction}`)}
        </Fact>
      </dl>
    </Section>
  )
}
