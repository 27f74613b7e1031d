import { useTranslation } from 'react-i18next'
import { Page } from '@/shared/ui/page/page'
import { PlannedNotice } from '@/shared/ui/page/planned-notice'

export function WorkOrdersPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('pages.workOrders.title')} description={t('pages.workOrders.description')}>
      <PlannedNotice>{t('plannedContent')}</PlannedNotice>
    </Page>
  )
}
