import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { DemoAccount } from '@/entities/session/session-schema'
import styles from './demo-account-list.module.css'

export interface DemoAccountListProps {
  accounts: DemoAccount[]
  onPick: (account: DemoAccount) => void
}

/** The mock's demo accounts, so that anyone trying the demo can sign in with one click. */
export function DemoAccountList({ accounts, onPick }: DemoAccountListProps) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('signIn.demoAccounts')}
      </h2>
      <p className={styles.hint}>{t('signIn.demoAccountsHint')}</p>
      <ul className={styles.list}>
        {accounts.map((account) => {
          const role = t(`session.roles.${account.role}`)
          return (
            <li key={account.username}>
              <button
                type="button"
                className={styles.account}
                aria-label={t('signIn.useAccount', { role, username: account.username })}
                onClick={() => onPick(account)}
              >
                <span className={styles.name}>{role}</span>
                <code className={styles.credentials}>
                  {account.username} / {account.password}
                </code>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
