import { useMutation } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { useId, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { apiFetch } from '@/shared/api/api-fetch'
import { describeApiError } from '@/shared/api/describe-api-error'
import { Button } from '@/shared/ui/button/button'
import styles from './sign-in-form.module.css'

interface Credentials {
  username: string
  password: string
}

/** A form field's text; a missing field (or a file, which these inputs never hold) reads as ''. */
function textField(data: FormData, name: string): string {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const usernameId = useId()
  const passwordId = useId()
  const errorId = useId()

  const signIn = useMutation({
    mutationFn: (credentials: Credentials) => apiFetch('/session', { method: 'POST', body: credentials }),
    onSuccess: () => router.history.push(redirectTo),
  })

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    signIn.mutate({ username: textField(data, 'username'), password: textField(data, 'password') })
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-describedby={signIn.isError ? errorId : undefined}>
      <label htmlFor={usernameId}>{t('signIn.username')}</label>
      <input id={usernameId} name="username" autoComplete="username" required className={styles.input} />
      <label htmlFor={passwordId}>{t('signIn.password')}</label>
      <input
        id={passwordId}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        className={styles.input}
      />
      {signIn.isError ? (
        <p id={errorId} role="alert" className={styles.error}>
          {t('signIn.failed', { reason: describeApiError(signIn.error, t) })}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  )
}
