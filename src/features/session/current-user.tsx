import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { meQueryOptions } from '@/entities/session/me-query'
import styles from './current-user.module.css'
import { SignOutButton } from './sign-out-button'

/**
 * The signed-in user's name and role, with the way out. Renders nothing until `/me` answers;
 * when it answers 401 the app's redirect takes the user to the sign-in page.
 */
export function CurrentUser() {
  const { t } = useTranslation()
  const me = useQuery(meQueryOptions())
  if (!me.data) return null
  const user = me.data
  return (
    <div className={styles.user}>
      <p className={styles.identity}>
        <span className={styles.label}>{t('session.signedInAs')}</span>{' '}
        <span className={styles.name} data-testid="current-user-name">
          {user.name}
        </span>{' '}
        <span className={styles.role}>{t(`session.roles.${user.role}`)}</span>
      </p>
      <SignOutButton />
    </div>
  )
}
