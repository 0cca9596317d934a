import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { codeSecretOf, openCode } from "../../lib/pickup-code"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import type { PickupContext } from "./load-pickup-context"

export type PickupTemplate = "pickup-ready" | "pickup-rejected" | "pickup-expired" | "pickup-short-picked"

export const notifyPickupCustomerStepId = "notify-pickup-customer"

/**
 * E-mails the shopper through the Notification module ("email" channel). The
 * "ready" e-mail carries the collection code, opened from its sealed form here
 * so it never travels through workflow data. E-mails cannot be unsent: no
 * compensation, and workflows send them last.
 */
export const notifyPickupCustomerStep = createStep(
  notifyPickupCustomerStepId,
  async (
    { context, template, details }: { context: PickupContext; template: PickupTemplate; details?: Record<string, unknown> },
    { container },
  ) => {
    if (!context.order.email) {
      return new StepResponse({ sent: false })
    }
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const [pickup] = await pickups.listPickupOrders({ id: context.id })
    const code = template === "pickup-ready" && pickup.sealed_code ? openCode(pickup.sealed_code, codeSecretOf(container)) : undefined
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: context.order.email,
      channel: "email",
      template,
      resource_type: "pickup_order",
      resource_id: pickup.id,
      data: {
        order_id: context.order.id,
        order_display_id: context.order.display_id,
        customer_first_name: context.order.shipping_address?.first_name ?? null,
        store: {
          name: context.stock_location.name,
          address: context.stock_location.address ?? null,
          opening_hours: context.settings.opening_hours,
          instructions: context.settings.instructions,
        },
        ...(code ? { pickup_code: code } : {}),
        expires_at: pickup.expires_at,
        reason: pickup.reason,
        ...details,
      },
    })
    return new StepResponse({ sent: true })
  },
)
