// Starts the whole product with the real `npm start` script on spare ports and
// a fresh database, once for all browser tests; stops it afterwards.
const path = require("node:path")
const { databaseUrlOn, query, startStack } = require("../../scripts/lib/stack.cjs")

const ROOT = path.resolve(__dirname, "../..")
// Fixed defaults, overridable so several runs can share one machine.
const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT ?? 9100)
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT ?? 4400)
const databaseName = `fairmade_e2e_${process.pid}`

function serverUrl() {
  const url = process.env.TEST_DATABASE_SERVER_URL
  if (!url) throw new Error("TEST_DATABASE_SERVER_URL is not set: run the browser tests through `npm test`.")
  return url
}

async function onServer(sql) {
  await query(serverUrl(), sql)
}

/** Reads the e2e database directly, for what only the backend's tables can tell. */
function queryE2eDatabase(sql, params = []) {
  return query(databaseUrlOn(serverUrl(), databaseName), sql, params)
}

/** The seeded storefront's publishable key, for tests that call the Store API themselves. */
async function publishableKey() {
  const rows = await queryE2eDatabase(
    "select token from api_key where type = 'publishable' and title = 'Storefront' and revoked_at is null and deleted_at is null limit 1",
  )
  if (!rows[0]) throw new Error("The e2e database has no 'Storefront' publishable key: did the seed run?")
  return rows[0].token
}

/**
 * Browser tests buy the last units of a product and look at its page straight after, so the
 * storefront's shared catalogue cache is off for them (its behaviour has unit tests).
 */
async function start() {
  const { child, mailWebPort } = await startStack({
    serverUrl: serverUrl(),
    database: databaseName,
    backendPort: BACKEND_PORT,
    storefrontPort: STOREFRONT_PORT,
    dataDir: path.join(ROOT, `.data/e2e-${STOREFRONT_PORT}`),
    env: {
      // Every browser of the suite signs in from 127.0.0.1, as one shop's customers never would:
      // the limits themselves are tested over HTTP (auth-rate-limit.spec.ts).
      AUTH_RATE_LIMIT_FACTOR: "20",
      CATALOG_CACHE_SECONDS: "0",
    },
    // A machine shared with other builds can need longer: E2E_START_TIMEOUT_MINUTES.
    timeoutMinutes: Number(process.env.E2E_START_TIMEOUT_MINUTES ?? 10),
  })
  // Tests read e-mails (staff invites) from its inbox, as the people they are sent to would.
  process.env.E2E_MAIL_WEB_PORT = String(mailWebPort)
  return child
}

module.exports = { start, onServer, publishableKey, queryE2eDatabase, databaseName, BACKEND_PORT, STOREFRONT_PORT }
