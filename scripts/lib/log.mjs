const started = Date.now()
// Once stopping, steps still running fail because their processes are stopped: not news.
let stopping = false
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`

export const log = {
  info: (message) => console.log(`  ${message}`),
  warn: (message) => console.warn(`! ${message}`),
  /** Runs a slow step, printing what it is before and how long it took after. */
  async step(title, work) {
    const begin = Date.now()
    console.log(`→ ${title}…`)
    // A dot every 5 s so a long build never looks frozen.
    const ticker = setInterval(() => process.stdout.write("."), 5000)
    try {
      const result = await work()
      clearInterval(ticker)
      console.log(`✓ ${title} (${seconds(Date.now() - begin)})`)
      return result
    } catch (error) {
      clearInterval(ticker)
      if (!stopping) console.error(`✗ ${title} failed after ${seconds(Date.now() - begin)}`)
      throw error
    }
  },
  elapsed: () => seconds(Date.now() - started),
  /** From now on, steps that fail (being stopped) say nothing. */
  stopping: () => {
    stopping = true
  },
}
