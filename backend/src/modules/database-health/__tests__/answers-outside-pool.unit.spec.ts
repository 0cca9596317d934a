import net from "node:net"
import DatabaseHealthModuleService from "../service"

/** The service as Medusa builds it, over a knex whose connection settings point at `connectionString`. */
function healthFor(connectionString: string) {
  const knexLike = { client: { config: { connection: { connectionString } } } }
  const logger = { warn: () => {}, info: () => {} }
  return new DatabaseHealthModuleService({ __pg_connection__: knexLike as never, logger: logger as never })
}

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

// `npm test` gives every suite the test PostgreSQL server's address.
const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? "postgres://postgres@localhost:5432/postgres"

describe("answersOutsidePool", () => {
  it("is true when PostgreSQL answers on a fresh connection: a full pool is not an outage", async () => {
    expect(await healthFor(serverUrl).answersOutsidePool(3000)).toBe(true)
  })

  it("is false when nothing answers", async () => {
    expect(await healthFor(`postgres://postgres@127.0.0.1:${await closedPort()}/postgres`).answersOutsidePool(1000)).toBe(false)
  })
})
