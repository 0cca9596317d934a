import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export const listOverduePickupsStepId = "list-overdue-pickups"

/** Ready pickups whose hold period ended before `now`. */
export const listOverduePickupsStep = createStep(
  listOverduePickupsStepId,
  async ({ now }: { now: string }, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const overdue = await pickups.listPickupOrders(
      { status: "ready", expires_at: { $lt: new Date(now) } },
      { select: ["id"], take: 500, order: { expires_at: "ASC" } },
    )
    return new StepResponse(overdue.map((pickup) => pickup.id))
  },
)
