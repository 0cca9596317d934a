import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withSealedSecrets } from "@fairmade/shop-core/lib/seal"
import { openReturnCode } from "../../lib/return-code"
import { oneLineAddress, type ReturnLocation } from "../../lib/return-locations"

export const RETURN_BOOKED_TEMPLATE = "store-return-booked"

export const buildReturnBookedEmailStepId = "build-return-booked-email"

/**
 * The "return booked" e-mail with the counter code, moved from the return's sealing to
 * the notification's inside this step, so the clear code is never a step's output.
 * Walk-in returns get none: the shopper is at the counter. Building has no side effect,
 * hence no compensation.
 */
export const buildReturnBookedEmailStep = createStep(
  buildReturnBookedEmailStepId,
  async ({ store_return_id }: { store_return_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: records } = await query.graph({
      entity: "store_return",
      fields: ["id", "sealed_code", "method", "order_id", "location_id"],
      filters: { id: store_return_id },
    })
    const record = records[0] as any
    if (!record || record.method === "in_store") return new StepResponse([])
    const [{ data: orders }, { data: locations }] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: record.order_id } }),
      query.graph({ entity: "stock_location", fields: ["id", "name", "address.*"], filters: { id: record.location_id } }),
    ])
    const order = orders[0] as any
    if (!order?.email) return new StepResponse([])
    const location = (locations[0] as ReturnLocation | undefined) ?? null
    const readable = {
      store_return_id: record.id,
      order_id: order.id,
      order_display_id: order.display_id,
      method: record.method,
      store: location ? { name: location.name, address: oneLineAddress(location) } : null,
    }
    return new StepResponse([
      {
        to: order.email,
        channel: "email",
        template: RETURN_BOOKED_TEMPLATE,
        trigger_type: "store_return.requested",
        resource_id: record.id,
        resource_type: "store_return",
        // One e-mail per booked return, even if the event is delivered twice.
        idempotency_key: `store-return-booked:${record.id}`,
        data: withSealedSecrets(readable, { return_code: openReturnCode(record.sealed_code) }),
      },
    ])
  },
)
