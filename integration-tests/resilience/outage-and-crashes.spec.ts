// The whole product started by the real `npm start` on its own embedded
// PostgreSQL: a database outage, a crashed backend and a killed launcher.
import { Client } from "pg"
import {
  BACKEND_PORT,
  POSTGRES_PORT,
  STOREFRONT_PORT,
  eventually,
  isAlive,
  postgresPid,
  stackProcesses,
  startPostgresAgain,
  startStack,
  stopLauncher,
  timedGet,
  waitForOutput,
  waitUntilGone,
} from "./launcher"

const backend = `http://localhost:${BACKEND_PORT}`
const storefront = `http://localhost:${STOREFRONT_PORT}`
const SHORT_BREAK = /The shop is taking a short break/

type Launcher = Awaited<ReturnType<typeof startStack>>

async function storefrontKey(): Promise<string> {
  const client = new Client({ connectionString: `postgres://postgres:postgres@localhost:${POSTGRES_PORT}/fairmade` })
  await client.connect()
  try {
    const { rows } = await client.query("select token from api_key where type = 'publishable' and title = 'Storefront' and revoked_at is null limit 1")
    return rows[0].token
  } finally {
    await client.end()
  }
}

async function shopWorks(key: string) {
  const [page, ready, products] = await Promise.all([
    timedGet(`${storefront}/products`),
    timedGet(`${backend}/health/ready`),
    timedGet(`${backend}/store/products?limit=1`, { headers: { "x-publishable-api-key": key } }),
  ])
  return page.status === 200 && !SHORT_BREAK.test(page.body) && /href="\/products\/[^"]+"/.test(page.body) && ready.status === 200 && products.status === 200
}

describe("one stack: database outage, then a backend crash, then the launcher stopped", () => {
  let launcher: Launcher
  let revivedPostgres: Awaited<ReturnType<typeof startPostgresAgain>> | undefined
  let key: string

  beforeAll(async () => {
    launcher = await startStack()
    key = await storefrontKey()
  }, 900_000)

  afterAll(async () => {
    await stopLauncher(launcher)
    await revivedPostgres?.stop()
  }, 60_000)

  test("with PostgreSQL stopped the shop answers fast with its short-break page, then recovers on its own", async () => {
    expect(await shopWorks(key)).toBe(true)
    const ready = await timedGet(`${backend}/health/ready`)
    expect(JSON.parse(ready.body)).toMatchObject({ status: "ready", checks: { database: { status: "up" } } })
    const before = stackProcesses(launcher.child.pid!)
    expect(before.backend).toBeDefined()
    expect(before.storefront).toBeDefined()
    const productPath = (await timedGet(`${storefront}/products`)).body.match(/href="(\/products\/[^"]+)"/)![1]

    // Immediate shutdown, as a crash or `pg_ctl stop -m immediate` would: SIGQUIT to the server.
    const postgres = postgresPid()!
    process.kill(postgres, "SIGQUIT")
    expect(await waitUntilGone([postgres], 15_000)).toBe(true)
    try {
      await expectShortBreak(productPath)
    } finally {
      // Whatever failed above, the next tests need the database back.
      revivedPostgres = await startPostgresAgain()
    }
    const recoveredInMs = await eventually(() => shopWorks(key), 30_000, "the shop working again")
    console.log(`Recovered ${recoveredInMs} ms after PostgreSQL was back.`)

    // Nothing was restarted to get there.
    expect(stackProcesses(launcher.child.pid!)).toMatchObject({ backend: before.backend, storefront: before.storefront })
    expect(launcher.output()).not.toMatch(/exited with .*restarting/)
  }, 120_000)

  /** What shoppers, load balancers and API clients get while PostgreSQL is down. */
  async function expectShortBreak(productPath: string) {
    const page = await timedGet(`${storefront}/products`)
    expect(page.status).toBe(503)
    expect(page.body).toMatch(SHORT_BREAK)
    expect(page.headers.get("retry-after")).toBe("10") // pages/500.astro: come back in 10 s
    expect(page.ms).toBeLessThan(5000)

    const readiness = await timedGet(`${backend}/health/ready`)
    expect(readiness.status).toBe(503)
    expect(JSON.parse(readiness.body)).toMatchObject({ status: "unavailable", checks: { database: { status: "down" } } })
    expect(readiness.ms).toBeLessThan(3000)

    const storeApi = await timedGet(`${backend}/store/products?limit=1`, { headers: { "x-publishable-api-key": key } })
    expect(storeApi.status).toBe(503)
    expect(JSON.parse(storeApi.body)).toMatchObject({ type: "database_unavailable" })
    // Once the backend knows the database is down it no longer waits 3 s for a connection.
    expect(storeApi.ms).toBeLessThan(2000)
    console.log(`Database down: storefront page ${page.ms} ms, /health/ready ${readiness.ms} ms, Store API ${storeApi.ms} ms.`)

    // Liveness stays Medusa's: the process is alive, only not ready.
    expect((await timedGet(`${backend}/health`)).status).toBe(200)

    // Other pages that need the catalogue too, and quickly (the backend refuses at once while it knows the database is down).
    for (const path of ["/", productPath]) {
      const other = await timedGet(`${storefront}${path}`)
      expect({ path, status: other.status, shortBreak: SHORT_BREAK.test(other.body) }).toEqual({ path, status: 503, shortBreak: true })
      expect(other.ms).toBeLessThan(5000)
    }
  }

  test("a killed backend is restarted by the launcher and answers again", async () => {
    const { backend: backendPid } = stackProcesses(launcher.child.pid!)
    process.kill(backendPid!, "SIGKILL")
    await waitForOutput(launcher, (output: string) => /backend exited with signal SIGKILL; restarting in 1 s/.test(output), 15_000, "the restart log line")
    await eventually(async () => (await timedGet(`${backend}/health`)).status === 200 && (await shopWorks(key)), 240_000, "the backend answering again")
    const { backend: newPid } = stackProcesses(launcher.child.pid!)
    expect(newPid).toBeDefined()
    expect(newPid).not.toBe(backendPid)
    await waitForOutput(launcher, (output: string) => /backend is back/.test(output), 10_000, "the 'backend is back' line")
  }, 300_000)

  test("SIGTERM to the launcher stops its backend and storefront", async () => {
    const { backend: backendPid, storefront: storefrontPid } = stackProcesses(launcher.child.pid!)
    launcher.child.kill("SIGTERM")
    const { code } = await launcher.exited
    expect(code).toBe(0)
    expect(await waitUntilGone([backendPid!, storefrontPid!], 5_000)).toBe(true)
    expect(launcher.output()).toMatch(/Stopped\./)
  }, 60_000)
})

describe("a launcher killed with SIGKILL", () => {
  let launcher: Launcher

  beforeAll(async () => {
    launcher = await startStack()
  }, 900_000)

  afterAll(async () => {
    await stopLauncher(launcher)
  }, 60_000)

  test("leaves no backend, storefront or PostgreSQL behind", async () => {
    const processes = stackProcesses(launcher.child.pid!)
    expect(processes).toEqual({ backend: expect.any(Number), storefront: expect.any(Number), postgres: expect.any(Number) })
    launcher.child.kill("SIGKILL")
    await launcher.exited
    const pids = [processes.backend!, processes.storefront!, processes.postgres!]
    const gone = await waitUntilGone(pids, 20_000)
    expect({ gone, stillRunning: pids.filter(isAlive) }).toEqual({ gone: true, stillRunning: [] })
    // The ports are free again for the next `npm start`.
    const health = await timedGet(`${backend}/health`, { timeoutMs: 2000 }).catch(() => null)
    expect(health).toBeNull()
  }, 60_000)
})
