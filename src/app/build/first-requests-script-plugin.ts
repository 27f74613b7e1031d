import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Builds `entry` (the script that asks for the first page's data) as an entry of its own and
 * puts it in index.html ahead of the app, `async`: it runs as soon as its few kilobytes have
 * loaded, while the app's libraries (ten times its size) still download. Imported by the app's
 * entry as well, it runs once. In development nothing changes: the app's entry imports it, and it
 * does nothing there (the API answers from a service worker not yet running at that point).
 */
export function firstRequestsScriptPlugin(entry: string): Plugin {
  let base = '/'
  return {
    name: 'duban:first-requests-script',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    config(config) {
      // The page stays the main entry, as it is when no input is given.
      const page = resolve(config.root ?? process.cwd(), 'index.html')
      return { build: { rolldownOptions: { input: { index: page, 'first-requests': entry } } } }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.facadeModuleId === entry,
        )
        if (chunk === undefined) throw new Error(`duban: no chunk was built for ${entry}`)
        return [
          {
            tag: 'script',
            // High: an async script is otherwise fetched after the app's own.
            attrs: {
              type: 'module',
              async: true,
              crossorigin: true,
              fetchpriority: 'high',
              src: `${base}${chunk.fileName}`,
            },
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}
