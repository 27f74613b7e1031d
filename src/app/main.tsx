import './setup/zod-jitless'
import './setup/trusted-types'
// Then: the first page's data is asked for before the rest of the app is even evaluated.
import './start-first-requests'
import '@/shared/ui/styles/global.css'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createI18n, loadDictionary } from '@/shared/i18n/i18n'
import { prepareFormatters } from '@/shared/lib/format'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { applyThemeToDocument, currentResolvedTheme } from '@/shared/preferences/resolved-theme'
import { App } from './app'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'
import { installBenchHook } from './bench-hook'
import { leaveChunkReloadsToTheApp } from './stale-chunk'

// Before any route's code is asked for: the app, not the router, decides when a reload can help.
leaveChunkReloadsToTheApp()

// Before the first render, so the page never flashes the wrong theme or language.
const { language } = usePreferences.getState()
applyThemeToDocument(currentResolvedTheme())
document.documentElement.lang = language

if (import.meta.env.DEV || import.meta.env.MODE === 'demo') {
  // Development and the demo build (`npm run build:demo`) serve the API from the simulator in a
  // service worker. Both conditions are constants at build time, so the production build never
  // contains this import.
  const { startMockWorker } = await import('@mocks/browser')
  await startMockWorker()
}

// The start runs as a few short tasks rather than one long one (the modules, the router, the
// texts): a phone runs each four times slower, and the page answers input between them.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
await nextTask()

const queryClient = createQueryClient()
installBenchHook(queryClient)
const router = createAppRouter(queryClient)
await nextTask()
// A reader of another language than Chinese gets its dictionary before the first render; if it
// cannot load, the page starts in Chinese rather than not at all.
await loadDictionary(language).catch(() => undefined)
const i18n = createI18n(language)

// While the first answers are on their way: the first render then finds its formatters built.
prepareFormatters(language)

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

// The route's data first (its loaders wait briefly for the first answers), then one render of the
// whole page as a transition: React draws it in slices that leave the main thread free to
// respond, where a render started before the data would commit it in one long blocking task.
// A failed load still renders: the routes show their own errors.
await router.load().catch(() => undefined)
const root = createRoot(container)
startTransition(() => {
  root.render(
    <StrictMode>
      <App queryClient={queryClient} router={router} i18n={i18n} />
    </StrictMode>,
  )
})
