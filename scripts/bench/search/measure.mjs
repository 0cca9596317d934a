// Latency and finding power of a search function over a set of queries.

export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  return { n: sorted.length, median_ms: +at(50).toFixed(3), p95_ms: +at(95).toFixed(3), max_ms: +at(100).toFixed(3) }
}

/** Latency of each query, how many found anything, and how often the product a query was made from is among the hits returned. */
export async function timeEach(queries, run) {
  const samples = []
  // CPU time this process spent per query: on a shared, busy machine wall time also counts the waits for a core.
  const cpuSamples = []
  let found = 0
  let targetInTop20 = 0
  for (const { q, targetId } of queries) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    const result = await run(q)
    samples.push(performance.now() - start)
    const cpu = process.cpuUsage(cpuStart)
    cpuSamples.push((cpu.user + cpu.system) / 1000)
    if (result.total > 0) found++
    if (result.hits.some((hit) => hit.id === targetId)) targetInTop20++
  }
  const cpu = summarise(cpuSamples)
  return { ...summarise(samples), cpu_median_ms: cpu.median_ms, cpu_p95_ms: cpu.p95_ms, queries_with_results: found, source_product_in_hits: +(targetInTop20 / queries.length).toFixed(3) }
}
