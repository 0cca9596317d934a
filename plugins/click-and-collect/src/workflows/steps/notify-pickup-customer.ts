import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { withSealedSecrets } from "@fairmade/shop-core/lib/seal"
import { legacyCodeSecretOf, openCode } from "../../lib/pickup-code"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import type { PickupContext } from "./load-pickup-context"

export type PickupTemplate = "pickup-ready" | "pickup-reminder" | "pickup-rejected" | "pickup-expired" | "pickup-short-picked"

export const notifyPickupCustomerStepId = "notify-pickup-customer"

/**
 * E-mails the shopper through the Notification module ("email" channel). The
 * "ready" e-mail (and the reminder) carries the collection code, moved here from the pickup's sealing
 * to the notification's (only the e-mail provider opens it), so it never travels
 * through workflow data nor rests readable in the notification row. E-mails cannot
 * be unsent: no compensation, and workflows send them last. A failed delivery
 * (SMTP down) does not undo the change it reports: the notification stays on record
 * as failed and staff can send the "ready" e-mail again.
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
    const code = (template === "pickup-ready" || template === "pickup-reminder") && pickup.sealed_code ? openCode(pickup.sealed_code, legacyCodeSecretOf(container)) : undefined
    const readable = {
      order_id: context.order.id,
      order_display_id: context.order.display_id,
      customer_first_name: context.order.shipping_address?.first_name ?? null,
      store: {
        name: context.stock_location.name,
        address: context.stock_location.address ?? null,
        opening_hours: context.settings.opening_hours,
        time_zone: context.settings.time_zone,
        instructions: context.settings.instructions,
      },
      expires_at: pickup.expires_at,
      reason: pickup.reason,
      ...details,
    }
    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: context.order.email,
        channel: "email",
        template,
        resource_type: "pickup_order",
        resource_id: pickup.id,
        data: code ? withSealedSecrets(readable, { pickup_code: code }) : readable,
      })
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Pickup ${pickup.id}: the "${template}" e-mail failed (${error instanceof Error ? error.message.split("\n")[0] : error}).`)
      return new StepResponse({ sent: false })
    }
    return new StepResponse({ sent: true })
  },
)
