import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRouter } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { isUnauthenticated } from '@/entities/session/me-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { setCsrfToken } from '@/shared/api/csrf-token'
import { describeApiError } from '@/shared/api/describe-api-error'
import { clearDrafts } from '@/shared/drafts/drafts-store'
import { Button } from '@/shared/ui/button/button'

/**
 * Ends the session, then forgets everything cached and typed: the next user of this browser must
 * not see the previous one's data, not even for a moment while their own loads.
 */
export function SignOutButton() {
  const { t } = useTranslation()
  const router = useRouter()
  const queryClient = useQueryClient()

  const leave = async () => {
    setCsrfToken(undefined)
    // Away from the shell first, so nothing on screen refetches what is being cleared.
    await router.navigate({ to: '/sign-in' })
    queryClient.clear()
    clearDrafts()
  }

  const signOut = useMutation({
    mutationFn: () => apiFetch('/session', { method: 'DELETE' }),
    // The app's 401 redirect would send the user back here after signing in; a sign-out whose
    // session had already ended is simply done.
    meta: { handlesUnauthenticated: true },
    onSuccess: leave,
    onError: (error) => (isUnauthenticated(error) ? leave() : undefined),
  })

  return (
    <>
      <Button variant="quiet" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {signOut.isPending ? t('session.signingOut') : t('session.signOut')}
      </Button>
      {signOut.isError && !isUnauthenticated(signOut.error) ? (
        <span role="alert">{t('session.signOutFailed', { reason: describeApiError(signOut.error, t) })}</span>
      ) : null}
    </>
  )
}
