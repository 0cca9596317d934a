import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { codeSecretOf, codeMatches } from "../../lib/pickup-code"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import type { PickupContext } from "./load-pickup-context"

export type CollectorProof =
  | { code: string }
  /** No code (phone dead, e-mail lost): the order number and the name on the order, logged as a fallback. */
  | { order_number: number; last_name: string }

export const verifyCollectorStepId = "verify-collector"

const comparable = (name: string | null | undefined) =>
  (name ?? "").normalize("NFD").replace(/\p{Diacritic}/gu, "").trim().toLowerCase()

/**
 * Checks the proof the collector gives. A wrong one is recorded as a
 * "verification_failed" event (that is what the per-pickup attempt limit
 * counts) and returned as unverified; the workflow then refuses. This step
 * has no compensation on purpose: the failed attempt must stay on record.
 */
export const verifyCollectorStep = createStep(
  verifyCollectorStepId,
  async ({ context, proof, actor_id }: { context: PickupContext; proof?: CollectorProof | null; actor_id: string }, { container }) => {
    if (!proof) {
      // A retry of a hand-over interrupted after the collector was verified: no second proof needed.
      if (context.pending_action !== "hand_over") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pickup ${context.id} has no interrupted hand-over to retry.`)
      }
      const method = context.pending_plan?.verification_method === "fallback" ? "fallback" : "code"
      return new StepResponse({ verified: true, method: method as "code" | "fallback" })
    }
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const method: "code" | "fallback" = "code" in proof ? "code" : "fallback"
    let verified: boolean
    if ("code" in proof) {
      const [pickup] = await pickups.listPickupOrders({ id: context.id })
      verified = !!pickup.sealed_code && codeMatches(proof.code, pickup.sealed_code, codeSecretOf(container))
    } else {
      const names = [context.order.shipping_address?.last_name, context.order.billing_address?.last_name].map(comparable)
      verified = proof.order_number === context.order.display_id && names.includes(comparable(proof.last_name)) && comparable(proof.last_name) !== ""
    }
    if (!verified) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Pickup ${context.id}: wrong ${method === "code" ? "collection code" : "order number/last name"} entered by ${actor_id}.`)
      await pickups.createPickupEvents({
        pickup_order_id: context.id,
        action: "verification_failed",
        actor_id,
        verification_method: method,
        note: method === "code" ? "Wrong collection code." : "Order number and last name do not match the order.",
      })
    }
    return new StepResponse({ verified, method })
  },
)
