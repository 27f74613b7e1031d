// What a page's heap is made of, from a DevTools heap snapshot, for tests/bench/heap-cycles.mjs.
// The used-heap figure alone cannot tell a leak from the JIT compiling more code as a page warms
// up; the snapshot splits it: compiled code, JS data (objects, closures, arrays, strings), and
// the embedder's objects (DOM, and the inspector's own network buffers, which grow with every
// request while a DevTools client such as Playwright listens, so they say nothing of the page).

const groupOf = (type) => {
  if (type === 'code') return 'code'
  if (type === 'native') return 'embedder'
  return 'data'
}

/** Takes a snapshot (after the collections it forces) and sums self sizes by group and by name. */
export async function heapComposition(cdp) {
  const chunks = []
  const onChunk = (event) => chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''))
  const fields = snapshot.meta.node_fields
  const types = snapshot.meta.node_types[fields.indexOf('type')]
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f))
  const groups = { code: 0, data: 0, embedder: 0 }
  const byName = new Map()
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]]
    const size = nodes[i + sizeAt]
    const group = groupOf(type)
    groups[group] += size
    if (group !== 'data') continue
    // Strings are named by their text: one bucket for all, or every poll's `asOf` is a "kind".
    const name = type.includes('string')
      ? '(strings)'
      : `${type}: ${String(strings[nodes[i + nameAt]]).slice(0, 60)}`
    const entry = byName.get(name) ?? { count: 0, bytes: 0 }
    entry.count += 1
    entry.bytes += size
    byName.set(name, entry)
  }
  return { groups, byName }
}

/** Growth from `before` to `after`: per group, and the JS data kinds that grew most. */
export function compositionGrowth(before, after, top = 8) {
  const groups = Object.fromEntries(
    Object.keys(after.groups).map((group) => [group, after.groups[group] - before.groups[group]]),
  )
  const growers = [...after.byName]
    .map(([name, { count, bytes }]) => ({
      name,
      count: count - (before.byName.get(name)?.count ?? 0),
      bytes: bytes - (before.byName.get(name)?.bytes ?? 0),
    }))
    .filter((g) => g.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top)
  return { groups, growers }
}
