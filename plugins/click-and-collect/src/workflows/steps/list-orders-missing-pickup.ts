import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export const listOrdersMissingPickupStepId = "list-orders-missing-pickup"

const PAGE = 200

/**
 * Orders placed since `since` whose shipping method is a store's collection
 * option (a fulfillment set of type "pickup") and that have no pickup: the
 * `order.placed` subscriber never ran for them (the process died right after
 * checkout) or failed. Cancelled orders and unconverted drafts are left out.
 */
export const listOrdersMissingPickupStep = createStep(
  listOrdersMissingPickupStepId,
  async ({ since }: { since: string }, { container }) => {
    const sets = await container
      .resolve(Modules.FULFILLMENT)
      .listFulfillmentSets({ type: "pickup" }, { relations: ["service_zones", "service_zones.shipping_options"] })
    const pickupOptionIds = new Set(
      sets.flatMap((set) => (set.service_zones ?? []).flatMap((zone) => (zone.shipping_options ?? []).map((option) => option.id))),
    )
    if (pickupOptionIds.size === 0) {
      return new StepResponse<string[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const collected: string[] = []
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "status", "shipping_methods.shipping_option_id"],
        filters: { created_at: { $gte: since }, status: { $nin: ["canceled", "draft"] } },
        pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
      })
      for (const order of data) {
        const methods = (order.shipping_methods ?? []) as ({ shipping_option_id?: string | null } | null)[]
        if (methods.some((method) => method?.shipping_option_id && pickupOptionIds.has(method.shipping_option_id))) {
          collected.push(order.id)
        }
      }
      if (data.length < PAGE) break
    }
    if (collected.length === 0) {
      return new StepResponse<string[]>([])
    }
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const existing = new Set(
      (await pickups.listPickupOrders({ order_id: collected }, { select: ["order_id"] })).map((pickup) => pickup.order_id),
    )
    return new StepResponse(collected.filter((id) => !existing.has(id)))
  },
)
