import { useTranslation } from 'react-i18next'
import type { RateBand } from '../model/rate-band'
import styles from './band-label.module.css'

const icons: Record<RateBand, string> = { onTarget: '✓', nearTarget: '!', belowTarget: '✕' }

/** A rate's band against its target, in words and a symbol; colour is the third cue only. */
export function BandLabel({ band }: { readonly band: RateBand }) {
  const { t } = useTranslation()
  return (
    <span className={styles.band} data-band={band}>
      <span aria-hidden="true" className={styles.icon}>
        {icons[band]}
      </span>
      <span className={styles.text}>{t(`overviewBreakdowns.bands.${band}`)}</span>
    </span>
  )
}
