import { useId, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { customRangeProblem } from '@/entities/period/resolve-period'
import { Button } from '@/shared/ui/button/button'
import styles from './range-form.module.css'

interface RangeFormProps {
  from: string
  to: string
  today: string
  onApply: (range: { from: string; to: string }) => void
  /** What the range is of, when the page around does not say it (the form's accessible name). */
  label?: string
  /** Offered when the range may be dropped altogether ("any period"). */
  onClear?: () => void
}

/**
 * A range of China days. The browser's date input gives "YYYY-MM-DD" whatever its zone; the
 * range is checked here with the API's rules, so a bad one is explained, not sent.
 */
export function RangeForm({
  from: initialFrom,
  to: initialTo,
  today,
  onApply,
  label,
  onClear,
}: RangeFormProps) {
  const { t } = useTranslation()
  const [from, setFrom] = useState(initialFrom)
  const [to, setTo] = useState(initialTo)
  const [submitted, setSubmitted] = useState(false)
  const problem = customRangeProblem(from || undefined, to || undefined, today)
  const fromId = useId()
  const toId = useId()
  const errorId = useId()

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault()
    setSubmitted(true)
    if (problem === null) onApply({ from, to })
  }

  const showProblem = submitted && problem !== null
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={label}>
      <label htmlFor={fromId}>{t('periodRange.from')}</label>
      <input
        id={fromId}
        type="date"
        value={from}
        max={today}
        onChange={(event) => setFrom(event.target.value)}
        aria-invalid={showProblem || undefined}
        aria-describedby={showProblem ? errorId : undefined}
      />
      <label htmlFor={toId}>{t('periodRange.to')}</label>
      <input
        id={toId}
        type="date"
        value={to}
        max={today}
        onChange={(event) => setTo(event.target.value)}
        aria-invalid={showProblem || undefined}
        aria-describedby={showProblem ? errorId : undefined}
      />
      <Button type="submit">{t('periodRange.apply')}</Button>
      {onClear ? (
        <Button type="button" onClick={onClear}>
          {t('periodRange.clear')}
        </Button>
      ) : null}
      {showProblem ? (
        <p id={errorId} role="alert" className={styles.problem}>
          {t(`periodRange.problem.${problem}`)}
        </p>
      ) : null}
    </form>
  )
}
