import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import { ALLOWED_FROM, type PickupAction, type PickupStatus } from "../../modules/pickup/statuses"

const VERBS: Record<PickupAction, string> = {
  prepare: "start preparing",
  ready: "mark as ready",
  resend: "resend the notification of",
  reject: "reject",
  short_pick: "short-pick",
  hand_over: "hand over",
  expire: "expire",
  cancel: "cancel",
}

/** Throws a 400 naming the action and the current status when the action may not start from it. */
export function assertTransitionAllowed(pickup: { id: string; status: string }, action: PickupAction) {
  const allowed: readonly string[] = ALLOWED_FROM[action]
  if (!allowed.includes(pickup.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Cannot ${VERBS[action]} pickup ${pickup.id}: it is ${pickup.status}; this needs a pickup that is ${allowed.join(" or ")}.`,
    )
  }
}

export async function retrievePickupOrFail(pickups: PickupModuleService, id: string) {
  const [pickup] = await pickups.listPickupOrders({ id })
  if (!pickup) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pickup ${id} was not found.`)
  }
  return pickup
}

type Changes = Partial<Record<"ready_at" | "notified_at" | "collected_at" | "expires_at" | "sealed_code" | "reason", string | Date | null>>

/** Whatever ends here ends any hand-over or short pick recorded as under way. */
const NO_OPERATION = { pending_action: null, pending_plan: null, pending_since: null }

export type TransitionPickupInput = {
  pickup_id: string
  action: PickupAction
  to_status: PickupStatus
  actor_id: string
  note?: string | null
  verification_method?: "code" | "fallback" | null
  changes?: Changes
}

export const transitionPickupStepId = "transition-pickup"

/** Checks the action is allowed from the current status, moves the pickup on and records the event. */
export const transitionPickupStep = createStep(
  transitionPickupStepId,
  async (input: TransitionPickupInput, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const before = await retrievePickupOrFail(pickups, input.pickup_id)
    assertTransitionAllowed(before, input.action)

    // Dates may arrive as ISO strings once workflow data has been serialized.
    const changes = Object.fromEntries(
      Object.entries({ ...NO_OPERATION, ...input.changes }).map(([key, value]) => [key, key.endsWith("_at") && value ? new Date(value) : value]),
    )
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof typeof before]]))
    const updated = await pickups.updatePickupOrders({ id: before.id, status: input.to_status, ...changes })
    const event = await pickups.createPickupEvents({
      pickup_order_id: before.id,
      action: input.action,
      from_status: before.status,
      to_status: input.to_status,
      actor_id: input.actor_id,
      note: input.note ?? null,
      verification_method: input.verification_method ?? null,
    })
    const { sealed_code: _sealed, ...withoutCode } = updated
    return new StepResponse(withoutCode, { id: before.id, status: before.status, previous, eventId: event.id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    await pickups.updatePickupOrders({ id: undo.id, status: undo.status as PickupStatus, ...undo.previous })
    await pickups.deletePickupEvents(undo.eventId)
  },
)
