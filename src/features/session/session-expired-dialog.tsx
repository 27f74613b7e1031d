import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { SignInForm } from './sign-in-form'
import { resumeSession } from './session-expiry'
import styles from './session-expired-dialog.module.css'

/**
 * Sign-in over a page whose session ended mid-shift. A modal `<dialog>`, so the browser makes
 * everything behind it inert; it cannot be dismissed (Escape does nothing): the page has nothing
 * to show until someone signs in. The URL stays, so the page returns where it was.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation()
  const titleId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId} className={styles.title}>
        {t('session.expired.title')}
      </h2>
      <p className={styles.description}>{t('session.expired.description')}</p>
      <SignInForm onSignedIn={resumeSession} />
    </dialog>
  )
}
