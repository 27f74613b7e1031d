import { useTranslation } from 'react-i18next'
import { Button } from '@/shared/ui/button/button'
import styles from './code-failed.module.css'
import { page } from './page-reload'

export interface CodeFailedProps {
  /** `needsReload`: only a reload of the page can load the code now (see use-code.ts). */
  needsReload: boolean
  /** What failed to load, and that it is tried again by itself: "此面板的程序未能加载…". */
  message: string
  retry: () => void
}

/** Code that failed to load, said in its place, with the one action that can still help. */
export function CodeFailed({ needsReload, message, retry }: CodeFailedProps) {
  const { t } = useTranslation()
  return (
    <div role="alert" className={styles.failed}>
      <p>{needsReload ? t('panel.codeNeedsReload') : message}</p>
      {needsReload ? (
        <Button onClick={() => page.reload()}>{t('panel.reload')}</Button>
      ) : (
        <Button onClick={retry}>{t('panel.retry')}</Button>
      )}
    </div>
  )
}
