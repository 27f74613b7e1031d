// First, as in every entry point: this one also runs alone, from its own script (index.html).
import './setup/zod-jitless'
import { resolveApiUrl } from '@/shared/api/api-url'
import { startEarlyRequest } from '@/shared/api/early-responses'
import { loadRuntimeConfig } from '@/shared/api/runtime-config'
import { chinaDay } from '@/shared/lib/format'
import { firstRequests } from './first-requests'

// In the production build, index.html runs this module from a script of its own, which loads a
// tenth of what the app does (src/app/build/first-requests-script-plugin.ts): these requests
// leave while the app's libraries still download. main.tsx imports it too, which runs it where
// there is no such script (the module runs once either way). Not awaited: the app's start must
// not wait for config.json. Development and the demo answer from a service worker that is not
// running yet at this point, so there the app asks for itself, as before.
if (!import.meta.env.DEV && import.meta.env.MODE !== 'demo') {
  void loadRuntimeConfig().then(({ apiBaseUrl }) => {
    for (const request of firstRequests(
      window.location.pathname,
      window.location.search,
      chinaDay(Date.now()),
    ))
      startEarlyRequest(resolveApiUrl(apiBaseUrl, request.path, request.query))
  })
}
