// Which commit a bench or soak measured, for its report.
import { execFileSync } from 'node:child_process'

/** The short hash of HEAD in `root`, and whether tracked files had changes beside it. */
export function commitOf(root) {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim()
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    })
    return { commit, dirty: status.trim() !== '' }
  } catch {
    return { commit: 'unknown', dirty: false }
  }
}
