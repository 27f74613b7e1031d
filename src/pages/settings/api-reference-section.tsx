import { useTranslation } from 'react-i18next'
import styles from './api-reference-section.module.css'

/**
 * Links to the API reference, a static page beside the app (built from public/openapi.yaml),
 * so plain links that leave the single-page app on purpose.
 */
export function ApiReferenceSection() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="api-reference-title" className={styles.section}>
      <h2 id="api-reference-title" className={styles.title}>
        {t('apiReference.title')}
      </h2>
      <p className={styles.body}>{t('apiReference.body')}</p>
      <ul className={styles.links}>
        <li>
          <a href="/api-reference/">{t('apiReference.reference')}</a>
        </li>
        <li>
          <a href="/openapi.yaml">{t('apiReference.spec')}</a>
        </li>
      </ul>
    </section>
  )
}
