import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { compareBases, periodChoices } from '@/entities/period/period-presets'
import { districtCodeSchema } from '@/shared/api/validators/district-code.gen'
import { channelCodeSchema } from '@/shared/api/validators/channel-code.gen'
import { formatCalendarDay } from '@/shared/lib/format'
import { SelectField } from '@/shared/ui/select-field/select-field'
import { useLocale } from '@/shared/i18n/use-locale'
import { RangeForm } from '@/features/period-range/range-form'
import { ComparisonRange } from './comparison-range'
import type { useOverviewView } from './use-overview-view'
import styles from './overview-page.module.css'

const districts = districtCodeSchema.options
const channels = channelCodeSchema.options

type View = ReturnType<typeof useOverviewView>

/**
 * The period, comparison and filters of the overview. Every choice is a URL change, so the
 * browser's back button undoes it and a copied link opens the same view.
 */
export function FilterBar({ view }: { view: View }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { search, filters, today, navigate } = view
  const day = (value: string) => formatCalendarDay(value, locale)

  return (
    <div className={styles.filterBar}>
      <nav aria-label={t('period.label')}>
        <ul className={styles.periods}>
          {periodChoices.map((choice) => (
            <li key={choice}>
              <Link
                from="/"
                to="/"
                search={(prev) =>
                  choice === 'custom'
                    ? { ...prev, period: choice, from: prev.from ?? filters.from, to: prev.to ?? filters.to }
                    : { ...prev, period: choice, from: undefined, to: undefined }
                }
                className={styles.period}
                aria-current={choice === search.period ? 'true' : undefined}
              >
                {t(`period.${choice}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {search.period === 'custom' ? (
        <RangeForm
          key={`${filters.from}/${filters.to}`}
          from={filters.from}
          to={filters.to}
          today={today}
          onApply={(range) => void navigate({ search: (prev) => ({ ...prev, ...range }) })}
        />
      ) : null}
      <p className={styles.range}>
        <span>{t('overview.filters.range', { from: day(filters.from), to: day(filters.to) })}</span>
        <ComparisonRange filters={filters} compare={view.compare} carryScope={view.carryScope} />
      </p>
      <div className={styles.selects}>
        <fieldset className={styles.compare}>
          <legend className={styles.compareLegend}>{t('overview.filters.compare')}</legend>
          {compareBases.map((basis) => (
            <label key={basis} className={styles.compareOption}>
              <input
                type="radio"
                name="overview-compare"
                value={basis}
                checked={search.compare === basis}
                onChange={() => void navigate({ search: (prev) => ({ ...prev, compare: basis }) })}
              />
              {t(`overview.filters.${basis}`)}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t('overview.filters.district')}
          value={search.district ?? ''}
          options={[
            { value: '', label: t('overview.filters.allDistricts') },
            ...districts.map((code) => ({ value: code, label: t(`codes.district.${code}`) })),
          ]}
          onChange={(value) =>
            void navigate({ search: (prev) => ({ ...prev, district: value === '' ? undefined : value }) })
          }
        />
        <SelectField
          label={t('overview.filters.channel')}
          value={search.channel ?? ''}
          options={[
            { value: '', label: t('overview.filters.allChannels') },
            ...channels.map((code) => ({ value: code, label: t(`codes.channel.${code}`) })),
          ]}
          onChange={(value) =>
            void navigate({ search: (prev) => ({ ...prev, channel: value === '' ? undefined : value }) })
          }
        />
      </div>
    </div>
  )
}
