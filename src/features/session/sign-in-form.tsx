import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { useId, useState, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { demoAccountsQueryOptions, isUnauthenticated, sessionQueryKeys } from '@/entities/session/me-query'
import { meSchema, type Me } from '@/entities/session/session-schema'
import { apiFetch } from '@/shared/api/api-fetch'
import { setCsrfToken } from '@/shared/api/csrf-token'
import { describeApiError } from '@/shared/api/describe-api-error'
import { Button } from '@/shared/ui/button/button'
import { DemoAccountList } from './demo-account-list'
import styles from './sign-in-form.module.css'

interface Credentials {
  username: string
  password: string
}

export type SignInFormProps =
  /** On the sign-in page: where to go once signed in. */
  | { redirectTo: string; onSignedIn?: never }
  /** Over a page whose session ended: the page itself stays where it is. */
  | { redirectTo?: never; onSignedIn: (me: Me) => void }

export function SignInForm({ redirectTo, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation()
  const router = useRouter()
  const queryClient = useQueryClient()
  const usernameId = useId()
  const passwordId = useId()
  const errorId = useId()
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' })
  // Only the mock lists demo accounts; on a real backend this query fails and shows nothing.
  const demoAccounts = useQuery(demoAccountsQueryOptions())

  const signIn = useMutation({
    mutationFn: (body: Credentials) => apiFetch('/session', { method: 'POST', body, schema: meSchema }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken)
      // Whatever was cached belonged to the previous user (or to nobody): start afresh, with
      // the new user already known so the shell does not ask /me again.
      queryClient.clear()
      queryClient.setQueryData(sessionQueryKeys.me, me)
      if (onSignedIn) onSignedIn(me)
      else router.history.push(redirectTo)
    },
  })

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    signIn.mutate(credentials)
  }

  const reason = isUnauthenticated(signIn.error)
    ? t('signIn.wrongCredentials')
    : describeApiError(signIn.error, t)

  return (
    <>
      <form
        className={styles.form}
        onSubmit={onSubmit}
        aria-describedby={signIn.isError ? errorId : undefined}
      >
        <label htmlFor={usernameId}>{t('signIn.username')}</label>
        <input
          id={usernameId}
          name="username"
          autoComplete="username"
          required
          className={styles.input}
          value={credentials.username}
          onChange={(event) => setCredentials((current) => ({ ...current, username: event.target.value }))}
        />
        <label htmlFor={passwordId}>{t('signIn.password')}</label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={styles.input}
          value={credentials.password}
          onChange={(event) => setCredentials((current) => ({ ...current, password: event.target.value }))}
        />
        {signIn.isError ? (
          <p id={errorId} role="alert" className={styles.error}>
            {t('signIn.failed', { reason })}
          </p>
        ) : null}
        <Button type="submit" variant="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </form>
      {demoAccounts.data && demoAccounts.data.items.length > 0 ? (
        <DemoAccountList
          accounts={demoAccounts.data.items}
          onPick={({ username, password }) => setCredentials({ username, password })}
        />
      ) : null}
    </>
  )
}
