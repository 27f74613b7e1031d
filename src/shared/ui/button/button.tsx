import type { ButtonHTMLAttributes, Ref } from 'react'
import styles from './button.module.css'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action of a view; `quiet` for toolbar actions. */
  variant?: 'primary' | 'secondary' | 'quiet'
  /** React 19 passes a ref as a prop: callers that move focus back to a button need it. */
  ref?: Ref<HTMLButtonElement>
}

export function Button({ variant = 'secondary', className, type = 'button', ...rest }: ButtonProps) {
  const classes = [styles.button, styles[variant], className].filter(Boolean).join(' ')
  return <button type={type} className={classes} {...rest} />
}
