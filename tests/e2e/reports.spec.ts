import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

// Last month's analysis, as an office prints and exports it: on paper (Chromium's PDF, read back
// with pdftotext from poppler-utils) and as a .docx, both holding every section. Read-only: the
// shared mock server serves it.

test.describe.configure({ timeout: 120_000 })

const firstData = { timeout: 45_000 }
const sectionHeadings = Object.values(zh.reports.sections)

// Printing and export are desk tasks: the phone project leaves this test out by its tag.
test(
  "last month's report prints to A4 with every section and exports a .docx",
  { tag: '@desktop-only' },
  async ({ page }, testInfo) => {
    await page.goto('/reports')
    const title = page.getByRole('heading', { level: 2, name: /^月分析 · / })
    await expect(title).toBeVisible(firstData)
    // Everything in, including the other queries' parts (the recent publications, unit names).
    await expect(page.getByRole('table', { name: zh.reports.publication.recent })).toBeVisible(firstData)
    await expect(page.locator('[data-chart-renderer="svg"] svg').first()).toBeVisible(firstData)
    await expectAxeClean(page, 'reports')
    const titleText = (await title.textContent()) ?? ''

    // The printed report.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation')).toBeHidden()
    await page.waitForTimeout(500)
    const pdfPath = testInfo.outputPath('report.pdf')
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }))
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
    const pages = text.split('\f').filter((pageText) => pageText.trim() !== '').length
    // One section a page, long tables spilling over: about 10 to 16 pages.
    expect(pages).toBeGreaterThanOrEqual(9)
    expect(pages).toBeLessThanOrEqual(20)
    const flat = text.replace(/\s+/g, '')
    for (const heading of sectionHeadings) expect(flat).toContain(heading.replace(/\s+/g, ''))
    expect(flat).toContain(titleText.replace(/\s+/g, ''))
    expect(flat).toMatch(/生成时间：\d{4}年\d{1,2}月\d{1,2}日\d{2}:\d{2}（北京时间）/)
    // No app chrome on paper.
    expect(flat).not.toContain('退出登录')
    expect(flat).not.toContain(zh.reports.print.button.replace(/\s+/g, ''))
    await page.emulateMedia({ media: 'screen' })

    // The .docx, as downloaded.
    const firstSentence =
      (await page
        .getByRole('region', { name: zh.reports.sections.narrative })
        .locator('p[lang="zh-CN"]')
        .first()
        .textContent()) ?? ''
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: zh.reports.export.docx }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^月分析-\d{4}-\d{2}\.docx$/)
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())))
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
    const docText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('\n')
    expect(docText).toContain(titleText.trim())
    for (const heading of sectionHeadings) expect(docText).toContain(heading)
    // The summary's first sentence, without the citation links the page adds after it.
    const sentence = firstSentence.slice(0, firstSentence.indexOf('。') + 1)
    expect(sentence.length).toBeGreaterThan(10)
    expect(docText).toContain(sentence)
    await expect(page.getByRole('status').filter({ hasText: /已生成 月分析-/ })).toBeVisible()
  },
)

test('a period in the future says there is no report yet', async ({ page, allowConsoleErrors }) => {
  // The API's 404 for the period, which the browser logs; the page says it in words.
  allowConsoleErrors(/status of 404/)
  await page.goto('/reports?type=quarterly&period=2099-Q1')
  await expect(page.getByText('2099年第1季度尚未开始，还没有这一期的报告。')).toBeVisible(firstData)
  await expectAxeClean(page, 'reports future period')
})

test(
  'exporting to Word while offline says why, and works once the network is back',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto('/reports')
    await expect(page.getByRole('heading', { level: 2, name: /^月分析 · / })).toBeVisible(firstData)
    await page.waitForLoadState('networkidle')
    await page.context().setOffline(true)
    const docx = page.getByRole('button', { name: zh.reports.export.docx })
    await docx.click()
    await expect(page.getByRole('status').filter({ hasText: zh.reports.export.offline })).toBeVisible()

    // Nothing was asked for offline, so nothing failed for good (Chromium keeps a failed import).
    await page.context().setOffline(false)
    const downloading = page.waitForEvent('download')
    await docx.click()
    expect((await downloading).suggestedFilename()).toMatch(/^月分析-\d{4}-\d{2}\.docx$/)
    await expect(page.getByRole('status').filter({ hasText: /已生成 月分析-/ })).toBeVisible()
  },
)
