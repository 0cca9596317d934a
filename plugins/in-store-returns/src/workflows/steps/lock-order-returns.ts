import { setTimeout as sleep } from "node:timers/promises"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const lockOrderReturnsStepId = "lock-order-returns"

// How long a counter waits for another one handling the same order, then how long the lock may be held.
const WAIT_MS = 20_000
const RETRY_MS = 250
const TTL_SECONDS = 120

/** The lock key every return workflow of one order takes: requests, receipts and refund retries run one at a time. */
export const orderReturnsLockKey = (orderId: string) => `returns:${orderId}`

/**
 * Takes the order's returns lock (Medusa's locking module: in memory, or Redis across
 * processes), waiting for a concurrent request on the same order. If it stays busy the
 * request is refused with 409 and a message rather than failing with 500. The caller
 * releases it with `releaseLockStep`; compensation releases it when the workflow fails.
 */
export const lockOrderReturnsStep = createStep(
  lockOrderReturnsStepId,
  async (input: { order_id: string }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const key = orderReturnsLockKey(input.order_id)
    const until = Date.now() + WAIT_MS
    for (;;) {
      try {
        await locking.acquire(key, { expire: TTL_SECONDS })
        return new StepResponse(key, key)
      } catch {
        if (Date.now() >= until) {
          throw new MedusaError(MedusaError.Types.CONFLICT, "Another counter is handling a return of this order right now. Try again in a moment.")
        }
      }
      await sleep(RETRY_MS)
    }
  },
  async (key, { container }) => {
    if (!key) return
    await container.resolve(Modules.LOCKING).release(key)
  },
)
