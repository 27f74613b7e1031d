import { useTranslation } from 'react-i18next'
import { useUnitNames } from '@/entities/unit/use-unit-names'
import { Page } from '@/shared/ui/page/page'
import { ExtensionQueue, ReturnQueue } from './decision-queues'
import styles from './approvals.module.css'

/**
 * The director's daily queues (审批): extension requests with the deadline they would set, and
 * tickets units returned as wrongly dispatched, each approved or rejected with a reason.
 */
export function ApprovalsPage() {
  const { t } = useTranslation()
  const unitNames = useUnitNames()
  return (
    <Page title={t('approvals.title')} description={t('approvals.description')}>
      <div className={styles.queues}>
        <ExtensionQueue unitNames={unitNames} />
        <ReturnQueue unitNames={unitNames} />
      </div>
    </Page>
  )
}
