import styles from './segmented-toggle.module.css'

export interface SegmentedToggleProps<T extends string> {
  /** Names the group for assistive technology. */
  readonly label: string
  readonly options: readonly { readonly value: T; readonly label: string }[]
  readonly value: T
  readonly onChange: (value: T) => void
}

/** A small switch between a few views: toggle buttons, one pressed. */
export function SegmentedToggle<T extends string>({
  label,
  options,
  value,
  onChange,
}: SegmentedToggleProps<T>) {
  return (
    <div role="group" aria-label={label} className={styles.group}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={styles.option}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.value === value ? <span aria-hidden="true">✓ </span> : null}
          {option.label}
        </button>
      ))}
    </div>
  )
}
