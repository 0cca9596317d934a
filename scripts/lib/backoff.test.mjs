import { test } from "node:test"
import assert from "node:assert/strict"
import { planRestart, restartDelayMs } from "./backoff.mjs"

test("restart delays double from 1 s and stop growing at 30 s", () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 10].map((attempt) => restartDelayMs(attempt)), [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000])
})

test("crashes in a row back off further", () => {
  let state = { crashesInARow: 0 }
  const delays = []
  for (let i = 0; i < 4; i++) {
    state = planRestart(state.crashesInARow, 5_000)
    delays.push(state.delayMs)
  }
  assert.deepEqual(delays, [1000, 2000, 4000, 8000])
  assert.equal(state.crashesInARow, 4)
})

test("a service that ran for a minute restarts after the first delay again", () => {
  assert.deepEqual(planRestart(5, 60_000), { delayMs: 1000, crashesInARow: 1 })
  assert.deepEqual(planRestart(5, 59_999), { delayMs: 30_000, crashesInARow: 6 })
})
