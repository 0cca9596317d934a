import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expirePickupWorkflow } from "../expire-pickup"

export const expireEachPickupStepId = "expire-each-pickup"

/**
 * Runs one expiry workflow per pickup, so one that fails (a payment provider
 * refusing to void) neither blocks nor undoes the others; it is retried on the
 * job's next run. Each expiry compensates itself.
 */
export const expireEachPickupStep = createStep(
  expireEachPickupStepId,
  async ({ pickup_ids, now }: { pickup_ids: string[]; now: string }, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const expired: string[] = []
    const failed: string[] = []
    for (const pickup_id of pickup_ids) {
      try {
        await expirePickupWorkflow(container).run({ input: { pickup_id, now } })
        expired.push(pickup_id)
      } catch (error) {
        failed.push(pickup_id)
        logger.warn(`Could not expire pickup ${pickup_id}: ${(error as Error).message}`)
      }
    }
    return new StepResponse({ expired, failed })
  },
)
