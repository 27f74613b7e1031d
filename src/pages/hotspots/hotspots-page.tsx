import { useTranslation } from 'react-i18next'
import { AlertLifecycleSection } from '@/features/alert-lifecycle'
import { Page } from '@/shared/ui/page/page'
import { PlannedNotice } from '@/shared/ui/page/planned-notice'

export function HotspotsPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('pages.hotspots.title')} description={t('pages.hotspots.description')}>
      <PlannedNotice>{t('plannedContent')}</PlannedNotice>
      <AlertLifecycleSection />
    </Page>
  )
}
