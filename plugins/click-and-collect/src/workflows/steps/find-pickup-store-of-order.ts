import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pickupSettingsOf, type PickupSettings } from "../../lib/store-settings"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export type PickupStoreOfOrder = { order_id: string; location_id: string; settings: PickupSettings } | null

export const findPickupStoreOfOrderStepId = "find-pickup-store-of-order"

/**
 * The store an order is collected at: the location of the fulfillment set
 * (type "pickup") its shipping option belongs to. Null for home delivery, and
 * when the order already has its pickup (the event was delivered twice).
 */
export const findPickupStoreOfOrderStep = createStep(
  findPickupStoreOfOrderStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    if ((await pickups.listPickupOrders({ order_id }, { select: ["id"] })).length > 0) {
      return new StepResponse<PickupStoreOfOrder>(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "shipping_methods.shipping_option_id"],
      filters: { id: order_id },
    })
    const optionIds = (orders[0]?.shipping_methods ?? [])
      .flatMap((method: { shipping_option_id?: string | null } | null) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
    if (optionIds.length === 0) {
      return new StepResponse<PickupStoreOfOrder>(null)
    }
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: [
        "id",
        "service_zone.fulfillment_set.type",
        "service_zone.fulfillment_set.location.id",
        "service_zone.fulfillment_set.location.metadata",
        "service_zone.fulfillment_set.location.address.country_code",
      ],
      filters: { id: optionIds },
    })
    const pickupSet = options
      .map((option) => option.service_zone?.fulfillment_set)
      .find((set) => set?.type === "pickup" && set.location?.id)
    if (!pickupSet?.location) {
      return new StepResponse<PickupStoreOfOrder>(null)
    }
    return new StepResponse<PickupStoreOfOrder>({
      order_id,
      location_id: pickupSet.location.id,
      settings: pickupSettingsOf(pickupSet.location),
    })
  },
)
