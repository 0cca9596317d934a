import { test } from "node:test"
import assert from "node:assert/strict"
import { StartupError, formatError } from "./errors.mjs"

test("nothing thrown is reported as an unknown error, never as 'undefined'", () => {
  for (const nothing of [undefined, null, ""]) {
    const text = formatError(nothing)
    assert.notEqual(text, "undefined")
    assert.match(text, /unknown error/i)
  }
})

test("an Error is reported with its message, stack and cause", () => {
  const error = new Error("connect ECONNREFUSED 127.0.0.1:1", { cause: new Error("socket closed") })
  const text = formatError(error)
  assert.match(text, /^Error: connect ECONNREFUSED 127\.0\.0\.1:1/)
  assert.match(text, /at /)
  assert.match(text, /Caused by: Error: socket closed/)
})

test("a start-up error that explains itself is printed without a stack", () => {
  assert.equal(formatError(new StartupError("Port 9000 is already in use")), "Port 9000 is already in use")
})

test("strings and message-bearing objects keep their text; other values are shown, not 'undefined'", () => {
  assert.equal(formatError("disk full"), "disk full")
  assert.equal(formatError({ message: "pool timeout" }), "pool timeout")
  assert.equal(formatError({ code: "EADDRINUSE" }), "{ code: 'EADDRINUSE' }")
})
