import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CONTACT_MESSAGE_MODULE } from "../../../../../modules/contact-message"
import type ContactMessageModuleService from "../../../../../modules/contact-message/service"

/**
 * Everything the shop holds about the signed-in customer, as one JSON download: the
 * account, saved addresses, orders with their items and addresses, contact messages.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "company_name", "created_at", "updated_at", "metadata", "addresses.*"],
      filters: { id: customerId },
    }),
    query.graph({
      entity: "order",
      fields: [
        "id", "display_id", "email", "status", "created_at", "currency_code", "total", "subtotal", "shipping_total", "tax_total", "discount_total", "metadata",
        "items.title", "items.variant_sku", "items.quantity", "items.unit_price", "items.total",
        "shipping_address.*", "billing_address.*", "shipping_methods.name", "shipping_methods.amount",
      ],
      filters: { customer_id: customerId },
    }),
  ])
  const customer = customers[0] as any
  // A token outliving its deleted account finds nothing to export.
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This account no longer exists.")
  const messages: ContactMessageModuleService = req.scope.resolve(CONTACT_MESSAGE_MODULE)
  const contactMessages = await messages.listContactMessages(
    { $or: [{ customer_id: customerId }, { email: customer.email }] } as any,
    { order: { created_at: "ASC" } },
  )
  const stamp = new Date().toISOString()
  res.setHeader("Content-Disposition", `attachment; filename="fairmade-my-data-${stamp.slice(0, 10)}.json"`)
  res.setHeader("Cache-Control", "no-store")
  res.json({
    exported_at: stamp,
    customer,
    orders,
    contact_messages: contactMessages.map((message) => ({
      id: message.id,
      created_at: message.created_at,
      topic: message.topic,
      order_reference: message.order_reference,
      message: message.message,
    })),
  })
}
