/**
 * How long the object URL outlives the click. Browsers start a download from a click
 * asynchronously (Safari and older Firefox after the current task), and revoking first cancels it;
 * a few seconds is plenty, and frees the file's memory soon after.
 */
export const revokeDelayMs = 5_000

/**
 * Saves `blob` as `fileName` through a temporary `<a download>`, the one way that works in
 * every browser without a permission prompt. The object URL is revoked after the download began.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  // Outside the layout and the accessibility tree: it exists for one click.
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), revokeDelayMs)
  }
}
