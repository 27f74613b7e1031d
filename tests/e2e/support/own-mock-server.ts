import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { testClockServerArgs } from './test-clock'

const root = fileURLToPath(new URL('../../../', import.meta.url))

export interface OwnMockServer {
  readonly base: string
  stop(): Promise<void>
  start(): Promise<void>
}

/**
 * A mock server process of the test's own (the shared one serves every other test), on a port
 * of its own, keeping its sessions in a state file: stopped and started again, it is the same
 * server to the page, as a backend restarted behind a load balancer would be. `args` are the mock
 * server's own options (`--scenario backlog`, `--now …`).
 */
export async function ownMockServer(port: number, args: readonly string[] = []): Promise<OwnMockServer> {
  const stateFile = path.join(mkdtempSync(path.join(tmpdir(), 'duban-e2e-')), 'state.json')
  const base = `http://localhost:${port}`
  let child: ChildProcess | undefined

  const start = async () => {
    child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        path.join(root, 'mocks/server/mock-server.ts'),
        '--port',
        String(port),
        '--state-file',
        stateFile,
        ...args,
        ...testClockServerArgs(args),
      ],
      { stdio: 'ignore' },
    )
    const started = child
    for (let attempt = 0; attempt < 150; attempt += 1) {
      // Exited: most likely the port is taken (by a server an interrupted run left behind).
      if (started.exitCode !== null)
        throw new Error(`the mock server for ${base} exited (${started.exitCode})`)
      try {
        if ((await fetch(`${base}/config.json`)).ok) return
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`the mock server did not start on ${base}`)
  }

  const stop = async () => {
    const running = child
    if (running?.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      running.kill('SIGTERM')
    })
  }

  await start()
  return { base, start, stop }
}
