/** The reference page with the app's libraries: TanStack Query and Router, i18next, zustand. */
import './i18n-setup'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'
import { mount, SummaryFigures } from './mount'
import { routed } from './router-page'

const usePreferences = create<{ language: string }>(() => ({ language: 'zh-CN' }))

function Page() {
  const { t } = useTranslation()
  const language = usePreferences((state) => state.language)
  return (
    <main lang={language}>
      <Link to="/">{t('nav.overview')}</Link>
      <SummaryFigures empty={<p>{t('panel.loading')}</p>} />
    </main>
  )
}

mount(routed(Page))
