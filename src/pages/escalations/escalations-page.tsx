import { useTranslation } from 'react-i18next'
import { Page } from '@/shared/ui/page/page'
import { PlannedNotice } from '@/shared/ui/page/planned-notice'

export function EscalationsPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('pages.escalations.title')} description={t('pages.escalations.description')}>
      <PlannedNotice>{t('plannedContent')}</PlannedNotice>
    </Page>
  )
}
