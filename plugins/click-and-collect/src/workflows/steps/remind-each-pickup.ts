import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { remindPickupWorkflow } from "../remind-pickup"

export const remindEachPickupStepId = "remind-each-pickup"

/**
 * One reminder workflow per pickup, so one that fails (SMTP down) neither blocks nor
 * undoes the others; it is tried again on the job's next run. E-mails cannot be
 * unsent: nothing to compensate.
 */
export const remindEachPickupStep = createStep(remindEachPickupStepId, async ({ pickup_ids }: { pickup_ids: string[] }, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const reminded: string[] = []
  const failed: string[] = []
  for (const pickup_id of pickup_ids) {
    try {
      await remindPickupWorkflow(container).run({ input: { pickup_id } })
      reminded.push(pickup_id)
    } catch (error) {
      failed.push(pickup_id)
      logger.warn(`Could not remind the shopper of pickup ${pickup_id}: ${(error as Error).message}`)
    }
  }
  return new StepResponse({ reminded, failed })
})
