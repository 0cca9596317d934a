import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { anonymisedEmail, ANONYMOUS_ADDRESS, type AddressFields } from "../../lib/anonymise"

export const anonymiseCustomerOrdersStepId = "anonymise-customer-orders"

type Before = {
  orders: { id: string; email: string | null; customer_id: string | null }[]
  addresses: ({ id: string } & AddressFields)[]
}

const ADDRESS_FIELDS = ["id", "first_name", "last_name", "company", "address_1", "address_2", "phone"] as const

/**
 * Orders are kept for the accounts (amounts, dates, country for taxes) but no longer
 * name the customer: their e-mail, names, street and phone are replaced, and they no
 * longer point at the customer.
 */
export const anonymiseCustomerOrdersStep = createStep(
  anonymiseCustomerOrdersStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "email", "customer_id", ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`), ...ADDRESS_FIELDS.map((field) => `billing_address.${field}`)],
      filters: { customer_id },
    })
    const before: Before = {
      orders: orders.map((order: any) => ({ id: order.id, email: order.email, customer_id: order.customer_id })),
      addresses: orders.flatMap((order: any) => [order.shipping_address, order.billing_address]).filter((address: any) => address?.id),
    }
    const orderModule = container.resolve(Modules.ORDER)
    if (before.orders.length > 0) {
      await orderModule.updateOrders(before.orders.map((order) => ({ id: order.id, email: anonymisedEmail(order.id), customer_id: null })) as any)
    }
    const addressIds = [...new Set(before.addresses.map((address) => address.id))]
    if (addressIds.length > 0) {
      await orderModule.updateOrderAddresses(addressIds.map((id) => ({ id, ...ANONYMOUS_ADDRESS })) as any)
    }
    return new StepResponse({ order_ids: before.orders.map((order) => order.id) }, before)
  },
  async (before: Before | undefined, { container }) => {
    if (!before) return
    const orderModule = container.resolve(Modules.ORDER)
    if (before.orders.length > 0) await orderModule.updateOrders(before.orders as any)
    if (before.addresses.length > 0) await orderModule.updateOrderAddresses(before.addresses as any)
  },
)
