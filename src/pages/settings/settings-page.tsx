import { useTranslation } from 'react-i18next'
import { DisplayPreferencesForm } from '@/features/preferences/display-preferences-form'
import { Page } from '@/shared/ui/page/page'
import { ApiReferenceSection } from './api-reference-section'

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <Page title={t('pages.settings.title')} description={t('pages.settings.description')}>
      <DisplayPreferencesForm />
      <ApiReferenceSection />
    </Page>
  )
}
