import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/shared/ui/button/button'
import { Page } from '@/shared/ui/page/page'
import { isChunkLoadError, reloadOnceForStaleChunk } from './stale-chunk'

/**
 * What a route shows when it fails to load or render. A missing chunk (after a redeploy)
 * reloads the page once; if that did not help, it says so instead of reloading in a loop.
 */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  // Decided once per mount: rendering again must not trigger a second reload.
  const [reloading] = useState(() => isChunkLoadError(error) && reloadOnceForStaleChunk(error))

  if (reloading) {
    return <Page title={t('errors.title')} description={t('errors.chunkReloading')} />
  }

  if (isChunkLoadError(error)) {
    return (
      <Page title={t('errors.title')} description={t('errors.chunkFailed')}>
        <p>
          <Button variant="primary" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
        </p>
      </Page>
    )
  }

  return (
    <Page title={t('errors.title')} description={t('errors.unexpected')}>
      <p>
        <Button
          variant="primary"
          onClick={() => {
            reset()
            void router.invalidate()
          }}
        >
          {t('errors.retry')}
        </Button>
      </p>
      <details>
        <summary>{t('errors.details')}</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </Page>
  )
}
