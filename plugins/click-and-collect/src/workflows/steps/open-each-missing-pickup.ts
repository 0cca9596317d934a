import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPickupForOrderWorkflow } from "../create-pickup-for-order"

export const openEachMissingPickupStepId = "open-each-missing-pickup"

/**
 * One pickup-opening workflow per order, so one that fails neither blocks nor
 * undoes the others (the next run tries it again). The workflow itself finds
 * a pickup opened meanwhile and does nothing: exactly one pickup per order.
 */
export const openEachMissingPickupStep = createStep(
  openEachMissingPickupStepId,
  async ({ order_ids }: { order_ids: string[] }, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const opened: string[] = []
    const failed: string[] = []
    for (const order_id of order_ids) {
      try {
        const { result } = await createPickupForOrderWorkflow(container).run({ input: { order_id } })
        if (result) opened.push(order_id)
      } catch (error) {
        failed.push(order_id)
        logger.warn(`Could not open the pickup of order ${order_id}: ${(error as Error).message}`)
      }
    }
    if (opened.length > 0) {
      logger.info(`Opened ${opened.length} missing pickup(s): ${opened.join(", ")}`)
    }
    return new StepResponse({ opened, failed })
  },
)
