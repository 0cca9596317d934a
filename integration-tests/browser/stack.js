// Starts the whole product with the real `npm start` script on spare ports and
// a fresh database, once for all browser tests; stops it afterwards.
const { spawn } = require("node:child_process")
const net = require("node:net")
const path = require("node:path")
const { Client } = require("pg")

const ROOT = path.resolve(__dirname, "../..")
// Fixed defaults, overridable so several runs can share one machine.
const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT ?? 9100)
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT ?? 4400)
const databaseName = `fairmade_e2e_${process.pid}`
const READY_LINE = /Fairmade is running/

function serverUrl() {
  const url = process.env.TEST_DATABASE_SERVER_URL
  if (!url) throw new Error("TEST_DATABASE_SERVER_URL is not set: run the browser tests through `npm test`.")
  return url
}

async function onServer(sql) {
  const client = new Client({ connectionString: serverUrl() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Reads the e2e database directly, for what only the backend's tables can tell. */
async function queryE2eDatabase(sql, params = []) {
  const databaseUrl = new URL(serverUrl())
  databaseUrl.pathname = `/${databaseName}`
  const client = new Client({ connectionString: databaseUrl.toString() })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** The seeded storefront's publishable key, for tests that call the Store API themselves. */
async function publishableKey() {
  const rows = await queryE2eDatabase(
    "select token from api_key where type = 'publishable' and title = 'Storefront' and revoked_at is null and deleted_at is null limit 1",
  )
  if (!rows[0]) throw new Error("The e2e database has no 'Storefront' publishable key: did the seed run?")
  return rows[0].token
}

/** A port nothing listens on now, for the mail catcher `npm start` runs. */
function sparePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Browser tests buy the last units of a product and look at its page straight after, so the
 * storefront's shared catalogue cache is off for them (its behaviour has unit tests); the
 * benchmark passes null to keep the product's default.
 */
async function start({
  backendPort = BACKEND_PORT,
  storefrontPort = STOREFRONT_PORT,
  database = databaseName,
  catalogCacheSeconds = "0",
} = {}) {
  const databaseUrl = new URL(serverUrl())
  databaseUrl.pathname = `/${database}`
  const [mailSmtpPort, mailWebPort] = [await sparePort(), await sparePort()]
  // Tests read e-mails (staff invites) from its inbox, as the people they are sent to would.
  process.env.E2E_MAIL_WEB_PORT = String(mailWebPort)
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      BACKEND_PORT: String(backendPort),
      STOREFRONT_PORT: String(storefrontPort),
      MAIL_CATCHER_SMTP_PORT: String(mailSmtpPort),
      MAIL_CATCHER_WEB_PORT: String(mailWebPort),
      SMTP_URL: "",
      // Every browser of the suite signs in from 127.0.0.1, as one shop's customers never would:
      // the limits themselves are tested over HTTP (auth-rate-limit.spec.ts).
      AUTH_RATE_LIMIT_FACTOR: "20",
      FAIRMADE_DATA_DIR: path.join(ROOT, `.data/e2e-${storefrontPort}`),
      ...(catalogCacheSeconds === null ? {} : { CATALOG_CACHE_SECONDS: catalogCacheSeconds }),
      NODE_OPTIONS: "",
    },
  })
  let output = ""
  await new Promise((resolve, reject) => {
    // A machine shared with other builds can need longer: E2E_START_TIMEOUT_MINUTES.
    const minutes = Number(process.env.E2E_START_TIMEOUT_MINUTES ?? 10)
    const timer = setTimeout(() => reject(new Error(`npm start did not get ready in ${minutes} minutes:\n${output.slice(-4000)}`)), minutes * 60_000)
    const onData = (chunk) => {
      output += chunk.toString()
      if (READY_LINE.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output.slice(-4000)}`))
    })
  })
  // Keep draining its output so the pipes never fill up and block it.
  child.stdout.resume()
  child.stderr.resume()
  return child
}

module.exports = { start, onServer, publishableKey, queryE2eDatabase, databaseName, BACKEND_PORT, STOREFRONT_PORT }
