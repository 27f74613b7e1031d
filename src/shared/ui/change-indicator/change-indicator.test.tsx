import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ChangeIndicator } from './change-indicator'

describe('ChangeIndicator', () => {
  it('tells the change in signed text with an arrow, not by colour alone', () => {
    render(<ChangeIndicator direction="down" text="−3" sense="lowerIsBetter" comparisonLabel="较上期" />)
    const text = screen.getByText('−3')
    const indicator = text.parentElement
    expect(indicator).toHaveTextContent('▼较上期−3')
    expect(indicator).toHaveAttribute('data-tone', 'good')
    expect(screen.getByText('▼')).toHaveAttribute('aria-hidden', 'true')
  })

  it('marks a drop in a higher-is-better rate as bad', () => {
    render(<ChangeIndicator direction="down" text="−0.4 pp" sense="higherIsBetter" />)
    expect(screen.getByText('−0.4 pp').parentElement).toHaveAttribute('data-tone', 'bad')
  })
})
