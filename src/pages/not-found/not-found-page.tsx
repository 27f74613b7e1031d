import { Link, useRouterState } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { Page } from '@/shared/ui/page/page'

export function NotFoundPage() {
  const { t } = useTranslation()
  const path = useRouterState({ select: (state) => state.location.pathname })
  return (
    <Page title={t('notFound.title')} description={t('notFound.body', { path })}>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  )
}
