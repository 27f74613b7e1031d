import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useLinkGrid } from './use-link-grid'

/** Rows of links (null: a cell without one), as the deadline wave draws its counts. */
function Grid({ rows }: { rows: (string | null)[][] }) {
  const { ref, onFocus, onKeyDown } = useLinkGrid<HTMLTableElement>()
  return (
    <>
      <button type="button">before</button>
      <table ref={ref} onFocus={onFocus} onKeyDown={onKeyDown}>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((name, c) => (
                <td key={c}>{name === null ? '0' : <a href={`#${name}`}>{name}</a>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button">after</button>
    </>
  )
}

const rows = [
  ['a1', 'a2', null, 'a4'],
  [null, 'b2', 'b3', null],
  ['c1', null, null, 'c4'],
]

describe('useLinkGrid', () => {
  it('makes the links one tab stop', async () => {
    const user = userEvent.setup()
    render(<Grid rows={rows} />)
    await user.click(screen.getByRole('button', { name: 'before' }))
    await user.tab()
    expect(screen.getByRole('link', { name: 'a1' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus()
  })

  it('moves by row and column with the arrows, skipping cells without a link', async () => {
    const user = userEvent.setup()
    render(<Grid rows={rows} />)
    await user.click(screen.getByRole('button', { name: 'before' }))
    await user.tab()
    const focused = () => document.activeElement?.textContent
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe('a2')
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe('a4')
    await user.keyboard('{ArrowRight}')
    expect(focused()).toBe('a4')
    await user.keyboard('{ArrowDown}')
    // No link below a4 in the next row: the nearest one in it.
    expect(focused()).toBe('b3')
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe('c4')
    await user.keyboard('{Home}')
    expect(focused()).toBe('c1')
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe('b2')
    await user.keyboard('{End}')
    expect(focused()).toBe('b3')
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(focused()).toBe('b2')
  })

  it('returns to the link last focused when Tab comes back', async () => {
    const user = userEvent.setup()
    render(<Grid rows={rows} />)
    await user.click(screen.getByRole('button', { name: 'before' }))
    await user.tab()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('link', { name: 'b2' })).toHaveFocus()
    await user.tab()
    await user.tab({ shift: true })
    expect(screen.getByRole('link', { name: 'b2' })).toHaveFocus()
    expect(screen.getAllByRole('link').filter((link) => link.tabIndex === 0)).toHaveLength(1)
  })
})
