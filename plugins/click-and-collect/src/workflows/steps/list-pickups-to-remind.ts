import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export const REMINDER_TEMPLATE = "pickup-reminder"
/** A ready order is recalled to its shopper this many hours before its hold period ends. */
export const REMIND_HOURS_BEFORE_EXPIRY = 24

export const listPickupsToRemindStepId = "list-pickups-to-remind"

/** Ready pickups whose hold period ends within a day of `now` and whose shopper was not reminded yet. Read-only. */
export const listPickupsToRemindStep = createStep(listPickupsToRemindStepId, async ({ now }: { now: string }, { container }) => {
  const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
  const at = new Date(now)
  const soon = await pickups.listPickupOrders(
    { status: "ready", expires_at: { $gt: at, $lte: new Date(at.getTime() + REMIND_HOURS_BEFORE_EXPIRY * 3_600_000) } },
    { select: ["id"], take: 500, order: { expires_at: "ASC" } },
  )
  if (soon.length === 0) return new StepResponse([] as string[])
  const reminded = await pickups.listPickupEvents(
    { pickup_order_id: soon.map((pickup) => pickup.id), action: "notified", note: REMINDER_TEMPLATE },
    { select: ["pickup_order_id"] },
  )
  const done = new Set(reminded.map((event: any) => event.pickup_order_id))
  return new StepResponse(soon.map((pickup) => pickup.id).filter((id) => !done.has(id)))
})
