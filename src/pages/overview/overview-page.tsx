import { getRouteApi, Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { periodPresets } from '@/entities/period/period-presets'
import { Page } from '@/shared/ui/page/page'
import { PlannedNotice } from '@/shared/ui/page/planned-notice'
import styles from './overview-page.module.css'

const route = getRouteApi('/_shell/')

export function OverviewPage() {
  const { t } = useTranslation()
  const { period } = route.useSearch()
  return (
    <Page
      title={t('pages.overview.title')}
      description={t('pages.overview.description')}
      actions={
        <nav aria-label={t('period.label')}>
          <ul className={styles.periods}>
            {periodPresets.map((preset) => (
              <li key={preset}>
                <Link
                  from="/"
                  to="/"
                  search={(prev) => ({ ...prev, period: preset })}
                  className={styles.period}
                  aria-current={preset === period ? 'true' : undefined}
                >
                  {t(`period.${preset}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      }
    >
      <PlannedNotice>{t('plannedContent')}</PlannedNotice>
    </Page>
  )
}
