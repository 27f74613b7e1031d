/** The reference page with TanStack Query and i18next (react-i18next). */
import './i18n-setup'
import { useTranslation } from 'react-i18next'
import { mount, SummaryFigures } from './mount'

function Page() {
  const { t } = useTranslation()
  return (
    <main>
      <h1>{t('nav.overview')}</h1>
      <SummaryFigures empty={<p>{t('panel.loading')}</p>} />
    </main>
  )
}

mount(<Page />)
