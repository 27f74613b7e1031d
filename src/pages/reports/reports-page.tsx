import { useTranslation } from 'react-i18next'
import { Page } from '@/shared/ui/page/page'
import { PlannedNotice } from '@/shared/ui/page/planned-notice'

export function ReportsPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('pages.reports.title')} description={t('pages.reports.description')}>
      <PlannedNotice>{t('plannedContent')}</PlannedNotice>
    </Page>
  )
}
