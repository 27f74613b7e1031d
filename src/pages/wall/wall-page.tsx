import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import styles from './wall-page.module.css'

/** The wall display: full screen, no navigation chrome, readable from across the room. */
export function WallPage() {
  const { t } = useTranslation()
  return (
    <main className={styles.wall}>
      <header className={styles.header}>
        <h1 className={styles.title}>
          {t('app.name')} · {t('pages.wall.title')}
        </h1>
        <Link to="/" className={styles.exit}>
          {t('nav.overview')}
        </Link>
      </header>
      <p className={styles.description}>{t('pages.wall.description')}</p>
      <p className={styles.notice} role="note">
        {t('plannedContent')}
      </p>
    </main>
  )
}
