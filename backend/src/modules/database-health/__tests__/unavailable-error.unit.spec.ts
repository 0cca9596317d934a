import { isDatabaseUnavailableError, isLockWaitTimeout, isPoolWaitTimeout } from "../unavailable-error"

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe("isDatabaseUnavailableError", () => {
  it("recognises a refused or reset connection, also when wrapped", () => {
    expect(isDatabaseUnavailableError(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true)
    const aggregate = Object.assign(new AggregateError([withCode("", "ECONNREFUSED")], ""), {})
    expect(isDatabaseUnavailableError(aggregate)).toBe(true)
    expect(isDatabaseUnavailableError(Object.assign(new Error("query failed"), { cause: withCode("read ECONNRESET", "ECONNRESET") }))).toBe(true)
  })

  it("recognises knex's pool timeout and a server that is shutting down", () => {
    const knexTimeout = Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" })
    expect(isDatabaseUnavailableError(knexTimeout)).toBe(true)
    expect(isDatabaseUnavailableError(withCode("terminating connection due to administrator command", "57P01"))).toBe(true)
    expect(isDatabaseUnavailableError(withCode("the database system is starting up", "57P03"))).toBe(true)
    expect(isDatabaseUnavailableError(new Error("Connection terminated unexpectedly"))).toBe(true)
  })

  it("leaves request and data errors to Medusa's handler", () => {
    expect(isDatabaseUnavailableError(withCode('duplicate key value violates unique constraint "x"', "23505"))).toBe(false)
    expect(isDatabaseUnavailableError(withCode('relation "nope" does not exist', "42P01"))).toBe(false)
    expect(isDatabaseUnavailableError(new Error("Product with id: prod_1 was not found"))).toBe(false)
    expect(isDatabaseUnavailableError(undefined)).toBe(false)
    expect(isDatabaseUnavailableError("ECONNREFUSED")).toBe(false)
  })
})

describe("isPoolWaitTimeout", () => {
  it("is knex's wait for a pooled connection, also when wrapped, and nothing else", () => {
    const knexTimeout = Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" })
    expect(isPoolWaitTimeout(knexTimeout)).toBe(true)
    expect(isPoolWaitTimeout(Object.assign(new Error("query failed"), { cause: knexTimeout }))).toBe(true)
    expect(isPoolWaitTimeout(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(false)
    expect(isPoolWaitTimeout(new Error("Connection terminated unexpectedly"))).toBe(false)
  })
})

describe("isLockWaitTimeout", () => {
  it("is the locking module giving up, not any error that mentions a lock", () => {
    expect(isLockWaitTimeout(new Error("Timed-out acquiring lock."))).toBe(true)
    expect(isLockWaitTimeout(new Error('Failed to acquire lock for key "cart_1"'))).toBe(true)
    expect(isLockWaitTimeout(new Error("Cart is locked by its owner"))).toBe(false)
    expect(isLockWaitTimeout(undefined)).toBe(false)
  })
})
