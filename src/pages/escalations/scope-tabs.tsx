import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { escalationScopes, type EscalationScope } from './escalation-scope'
import styles from './escalations.module.css'

/** "Supervised by me" or "all supervised": links, so the choice is in the URL and history. */
export function ScopeTabs({ current }: { current: EscalationScope }) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('escalations.scope.label')}>
      <ul className={styles.tabs}>
        {escalationScopes.map((scope) => (
          <li key={scope}>
            <Link
              to="/escalations"
              search={{ scope: scope === 'all' ? undefined : scope }}
              // The router marks an active link current itself, and "all" (no search) would be
              // active under any scope as a subset of it: exact, so only the scope chosen is.
              activeOptions={{ exact: true }}
              aria-current={scope === current ? 'page' : undefined}
              className={styles.tab}
            >
              {t(`escalations.scope.${scope}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
