import { fileURLToPath, URL } from 'node:url'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { apiReferencePlugin } from './src/app/build/api-reference-plugin.ts'
import { contentSecurityPolicyFor } from './src/shared/config/csp.ts'
import { mockServiceWorkerPlugin } from './mocks/vite-plugin.ts'

// Route options live in tsr.config.json so that `tsr generate` (typecheck) and the
// plugin (dev/build) produce the same route tree.
export default defineConfig({
  plugins: [
    tanstackRouter(),
    react(),
    mockServiceWorkerPlugin(),
    apiReferencePlugin(fileURLToPath(new URL('./public/openapi.yaml', import.meta.url))),
    {
      // The production policy on every answer of `vite preview`, per path (see csp.ts).
      name: 'duban:preview-csp',
      configurePreviewServer(server) {
        server.middlewares.use((req, res, next) => {
          res.setHeader(
            'Content-Security-Policy',
            contentSecurityPolicyFor((req.url ?? '/').split('?')[0] ?? '/'),
          )
          next()
        })
      },
    },
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    // The bundle budget test and the bench read the manifest to find what `/` loads first.
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The libraries every page runs, as one file: split into a dozen small shared
              // chunks they cost a dozen requests, each queued behind the browser's six
              // connections, before the first paint.
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next|zod|zustand|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
})
