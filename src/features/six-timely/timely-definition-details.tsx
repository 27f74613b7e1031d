import { useTranslation } from 'react-i18next'
import type { Locale } from '@/shared/i18n/locales'
import { formatCount, formatRate } from '@/shared/lib/format'
import type { TimelyRate } from './timely-status'
import styles from './six-timely-panel.module.css'

interface TimelyDefinitionDetailsProps {
  item: TimelyRate
  locale: Locale
}

/**
 * How a rate is computed, behind a disclosure: our text of the spec's definition, the
 * machine-readable facts the API sends with it (kinds, configured limit, period basis) and
 * the parts the rate is made of.
 */
export function TimelyDefinitionDetails({ item, locale }: TimelyDefinitionDetailsProps) {
  const { t } = useTranslation()
  const { kinds, timeLimit } = item.definition
  const kindNames = kinds.map((kind) => t(`codes.kind.${kind}`)).join(t('sixTimely.listSeparator'))
  return (
    <details className={styles.definition}>
      <summary>{t('sixTimely.definition')}</summary>
      <p>{t(`sixTimely.items.${item.code}.definition`)}</p>
      <ul className={styles.facts}>
        <li>
          {item.code === 'analysis' || kinds.length === 0
            ? t('sixTimely.facts.kindsAnalysis')
            : t('sixTimely.facts.kinds', { kinds: kindNames })}
        </li>
        <li>
          {t('sixTimely.facts.limit', {
            limit: t(`sixTimely.limit.${timeLimit.unit}`, { count: timeLimit.value }),
          })}
        </li>
        <li>{t('sixTimely.facts.basis')}</li>
      </ul>
      {item.parts.length > 0 ? (
        <>
          <p className={styles.partsTitle}>{t('sixTimely.partsTitle')}</p>
          <ul className={styles.facts}>
            {item.parts.map((part) => (
              <li key={part.code}>
                {t('sixTimely.part', {
                  name: t(`sixTimely.parts.${part.code}`),
                  rate: formatRate(part.rate, locale, part),
                  numerator: formatCount(part.numerator, locale),
                  denominator: formatCount(part.denominator, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className={styles.note}>{t('sixTimely.common')}</p>
    </details>
  )
}
