import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadBlob, revokeDelayMs } from './download-file'

afterEach(() => {
  vi.useRealTimers()
})

describe('downloadBlob', () => {
  it('clicks a temporary download link to an object URL, then revokes the URL', () => {
    vi.useFakeTimers()
    const blob = new Blob(['a,b\r\n'], { type: 'text/csv;charset=utf-8' })
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://localhost/file')
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicked: { href: string; download: string; attached: boolean }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected })
    })

    downloadBlob(blob, '工单-2026-12-05.csv')

    expect(create).toHaveBeenCalledWith(blob)
    expect(clicked).toEqual([
      { href: 'blob:http://localhost/file', download: '工单-2026-12-05.csv', attached: true },
    ])
    expect(document.querySelector('a')).toBeNull()
    // Not at once: the browser may not have started reading the file yet.
    expect(revoke).not.toHaveBeenCalled()
    vi.advanceTimersByTime(revokeDelayMs)
    expect(revoke).toHaveBeenCalledWith('blob:http://localhost/file')
  })
})
