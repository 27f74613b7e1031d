import { useTranslation } from 'react-i18next'
import { SignInForm } from '@/features/session/sign-in-form'
import styles from './sign-in-page.module.css'

export interface SignInPageProps {
  /** Where to return after signing in: the URL the user was on when the API said 401. */
  redirectTo: string
}

/** Sign-in stands apart from the shell: nothing else can be shown before it. */
export function SignInPage({ redirectTo }: SignInPageProps) {
  const { t } = useTranslation()
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <p className={styles.brand} aria-hidden="true">
          督
        </p>
        <h1 className={styles.title}>{t('pages.signIn.title')}</h1>
        <p className={styles.description}>{t('pages.signIn.description')}</p>
        <SignInForm redirectTo={redirectTo} />
      </div>
    </main>
  )
}
