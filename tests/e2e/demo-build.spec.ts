import { spawnSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '../../mocks/server/static-files'
import { contentSecurityPolicyFor } from '../../src/shared/config/csp'
import { zh } from './support/app'
import { expect, test } from './support/fixtures'

const root = fileURLToPath(new URL('../../', import.meta.url))
const demoDir = fileURLToPath(new URL('../../dist-demo', import.meta.url))

// The demo build carries the simulator in a service worker: any static host serves it, no
// API needed. Here a plain static server with the production CSP, and no /api at all.
test.describe('the demo build', { tag: '@desktop-only' }, () => {
  test.use({ signedInAs: null })
  let server: Server
  let origin: string

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--mode', 'demo', '--outDir', 'dist-demo', '--logLevel', 'warn'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    if (build.status !== 0) throw new Error(`the demo build failed:\n${build.stdout}\n${build.stderr}`)
    server = createServer((req, res) => {
      res.setHeader(
        'Content-Security-Policy',
        contentSecurityPolicyFor((req.url ?? '/').split('?')[0] ?? '/'),
      )
      void serveStatic(demoDir, req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  test('signs in from a static host and keeps the simulator’s state across a reload', async ({
    page,
    allowConsoleErrors,
  }) => {
    // The browser logs the 401 that sends us to sign in; that one is expected.
    allowConsoleErrors(/status of 401/)
    await page.goto(`${origin}/`)
    // The first answer waits for the service worker to start and the simulator to build its
    // year in the page: under a loaded CI machine (two workers) that took longer than 5 s once.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.signIn.title, {
      timeout: 20_000,
    })
    const demo = page.getByRole('region', { name: zh.signIn.demoAccounts })
    await demo.getByRole('button', { name: new RegExp(zh.session.roles.director) }).click()
    await page.getByRole('button', { name: zh.signIn.submit, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
    const header = page.getByRole('banner').first()
    await expect(header.getByText('王建国')).toBeAttached()

    // An action through the simulator in the page, then a reload: the action is still there.
    const remind = await page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string }
      const list = (await (await fetch('/api/v1/work-orders?status=open&limit=1')).json()) as {
        items: { id: string }[]
      }
      const id = list.items[0]?.id ?? ''
      const response = await fetch(`/api/v1/work-orders/${id}/reminders`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': me.csrfToken,
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: JSON.stringify({ method: 'phone', note: 'demo reload check' }),
      })
      return { id, status: response.status }
    })
    expect(remind.status).toBe(201)
    await page.reload()
    await expect(header.getByText('王建国')).toBeAttached()
    const notes = await page.evaluate(async (id) => {
      const detail = (await (await fetch(`/api/v1/work-orders/${id}`)).json()) as {
        reminders: { note: string }[]
      }
      return detail.reminders.map((r) => r.note)
    }, remind.id)
    expect(notes).toContain('demo reload check')
  })
})
