import { useId } from 'react'
import styles from './select-field.module.css'

export interface SelectOption<T extends string> {
  value: T
  label: string
  /** The option's own language, when it is named in it (e.g. "English" in a Chinese UI). */
  lang?: string
}

export interface SelectFieldProps<T extends string> {
  label: string
  value: T
  options: readonly SelectOption<T>[]
  onChange: (value: T) => void
  /** Hide the visible label (e.g. in the header), keeping it for assistive technology. */
  hideLabel?: boolean
}

/** A labelled native select: keyboard and screen-reader support come from the platform. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
}: SelectFieldProps<T>) {
  const id = useId()
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : styles.label}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value)
          if (chosen) onChange(chosen.value)
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
