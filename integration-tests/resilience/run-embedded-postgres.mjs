// Starts the embedded PostgreSQL of a data folder the way `npm start` does
// (scripts/lib/postgres.mjs), prints "postgres ready", and stops it on SIGTERM.
// The resilience tests use it to bring a stopped database back.
import { startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"

const [dir, port] = process.argv.slice(2)
const server = await startEmbeddedPostgres({ dir, port: Number(port) })
console.log(`postgres ready (pid ${server.pid})`)
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, async () => {
    await server.stop()
    process.exit(0)
  })
}
// If the test process dies without stopping us, stop too (we are re-parented).
const parent = process.ppid
setInterval(async () => {
  if (process.ppid !== parent) {
    await server.stop()
    process.exit(0)
  }
}, 1000).unref()
// Keep running until told to stop.
setInterval(() => {}, 60_000)
