import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { Button } from '@/shared/ui/button/button'
import { Page } from '@/shared/ui/page/page'
import { ChunkErrorPage } from './chunk-error-page'
import { isChunkLoadError } from './stale-chunk'

/**
 * What a route shows when it fails to load or render. Code that failed to load has a page of
 * its own (chunk-error-page.tsx); anything else offers a retry.
 */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()

  if (isChunkLoadError(error)) return <ChunkErrorPage error={error} />

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
