import { parseArgs } from 'node:util'
import { defaultDistDir, defaultMockServerPort, resolveDistDir, startMockServer } from './create-mock-server'

/**
 * `npm run mock-server [-- --port 4173] [--dist dist]`: the mock API and the built app over
 * real HTTP. The port comes from --port, else the PORT environment variable, else 8787.
 */
const { values } = parseArgs({
  options: { port: { type: 'string' }, dist: { type: 'string' } },
  strict: true,
})

const portText = values.port ?? process.env.PORT ?? String(defaultMockServerPort)
const port = Number(portText)
if (!/^\d+$/.test(portText) || port > 65_535) {
  console.error(`duban mock server: invalid port ${JSON.stringify(portText)}`)
  process.exit(2)
}

const server = await startMockServer({
  port,
  distDir: values.dist === undefined ? defaultDistDir : resolveDistDir(values.dist),
})
console.log(`duban mock server: app and API (/api/v1) on ${server.url}`)

const stop = () => {
  void server.close().then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
