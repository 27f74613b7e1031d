import { useRouter } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/shared/ui/button/button'
import { page, serverAnswers } from '@/shared/ui/code-loading/page-reload'
import { Page } from '@/shared/ui/page/page'
import { reloadOnceForStaleChunk } from './stale-chunk'

/** How often the page asks whether its server is back: a server can return unnoticed by the browser. */
export const serverCheckMs = 15_000

type Phase = 'checking' | 'unreachable' | 'reloading' | 'failed'

/**
 * A page whose code failed to load. Either the network dropped (the chunk is fine, the page
 * will load once the server answers again) or a deployment replaced the chunk (a reload fetches
 * the new build). Only a reload can load it now (Chromium keeps a failed import failed), and a
 * reload while the server is unreachable would replace the app with the browser's error page:
 * so it reloads once the server answers, once (a broken deployment must not loop), and until
 * then says so, offering the page before, whose code and data are still here.
 */
export function ChunkErrorPage({ error }: { error: Error }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [phase, setPhase] = useState<Phase>('checking')

  useEffect(() => {
    if (phase !== 'checking') return
    let current = true
    void serverAnswers().then((answers) => {
      if (!current) return
      if (!answers) setPhase('unreachable')
      else setPhase(reloadOnceForStaleChunk(error) ? 'reloading' : 'failed')
    })
    return () => {
      current = false
    }
  }, [phase, error])

  useEffect(() => {
    if (phase !== 'unreachable') return
    const check = () => setPhase('checking')
    window.addEventListener('online', check)
    const timer = setInterval(check, serverCheckMs)
    return () => {
      window.removeEventListener('online', check)
      clearInterval(timer)
    }
  }, [phase])

  const description = {
    checking: t('errors.chunkChecking'),
    unreachable: t('errors.chunkUnreachable'),
    reloading: t('errors.chunkReloading'),
    failed: t('errors.chunkFailed'),
  }[phase]
  return (
    <Page title={t('errors.title')} description={description}>
      {phase === 'failed' ? (
        <p>
          <Button variant="primary" onClick={() => page.reload()}>
            {t('errors.reload')}
          </Button>
        </p>
      ) : null}
      {phase === 'unreachable' && router.history.canGoBack() ? (
        <p>
          <Button onClick={() => router.history.back()}>{t('errors.back')}</Button>
        </p>
      ) : null}
    </Page>
  )
}
