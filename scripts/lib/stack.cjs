// The whole product started with the real `npm start` script (scripts/start.mjs) on given ports and a
// given database, for the browser tests' harness (integration-tests/browser/stack.js) and `npm run bench`.
// CommonJS so that Jest's global setup can require it; ES modules import it as well.
const { spawn } = require("node:child_process")
const net = require("node:net")
const path = require("node:path")
const { Client } = require("pg")

const ROOT = path.resolve(__dirname, "../..")
const READY_LINE = /Fairmade is running/

/** `serverUrl` (any database on the server) with `database` as its database. */
function databaseUrlOn(serverUrl, database) {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Runs one SQL statement on a database and answers its rows. */
async function query(databaseUrl, sql, params = []) {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** A port nothing listens on now. */
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
 * Starts `npm start` on `database` (created and seeded by it) and resolves once it says it is running,
 * with the child process and the port of its mail catcher's inbox. Its output is kept for the error
 * message when it does not get ready within `timeoutMinutes`.
 */
async function startStack({ serverUrl, database, backendPort, storefrontPort, dataDir, env = {}, timeoutMinutes = 10 }) {
  const [mailSmtpPort, mailWebPort] = [await sparePort(), await sparePort()]
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrlOn(serverUrl, database),
      BACKEND_PORT: String(backendPort),
      STOREFRONT_PORT: String(storefrontPort),
      MAIL_CATCHER_SMTP_PORT: String(mailSmtpPort),
      MAIL_CATCHER_WEB_PORT: String(mailWebPort),
      SMTP_URL: "",
      FAIRMADE_DATA_DIR: dataDir,
      NODE_OPTIONS: "",
      ...env,
    },
  })
  let output = ""
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start did not get ready in ${timeoutMinutes} minutes:\n${output.slice(-4000)}`)),
      timeoutMinutes * 60_000,
    )
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
  return { child, mailWebPort }
}

/** Stops a started stack (npm start stops its backend, storefront and mail catcher on SIGTERM). */
async function stopStack(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGTERM")
  await exited
}

module.exports = { ROOT, databaseUrlOn, query, sparePort, startStack, stopStack }
