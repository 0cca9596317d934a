import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { CONTACT_MESSAGE_MODULE } from "../../modules/contact-message"
import type ContactMessageModuleService from "../../modules/contact-message/service"
import { anonymisedEmail } from "../../lib/anonymise"

export const anonymiseCustomerStepId = "anonymise-customer"

type Before = {
  customer: { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null; company_name: string | null; metadata: Record<string, unknown> | null }
  addresses: Record<string, unknown>[]
  contact_message_ids: string[]
}

/**
 * Before the account goes: the customer row (soft-deleted by Medusa, so kept) loses its
 * name, e-mail and phone; saved addresses and contact-form messages are deleted.
 */
export const anonymiseCustomerStep = createStep(
  anonymiseCustomerStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(customer_id, { relations: ["addresses"] })
    const messages: ContactMessageModuleService = container.resolve(CONTACT_MESSAGE_MODULE)
    const sent = await messages.listContactMessages({ $or: [{ customer_id }, { email: customer.email }] } as any)
    const before: Before = {
      customer: {
        id: customer.id,
        email: customer.email,
        first_name: customer.first_name ?? null,
        last_name: customer.last_name ?? null,
        phone: customer.phone ?? null,
        company_name: customer.company_name ?? null,
        metadata: (customer.metadata as Record<string, unknown> | null) ?? null,
      },
      addresses: (customer.addresses ?? []).map(({ id, created_at, updated_at, deleted_at, ...address }: any) => ({ ...address, customer_id: customer.id })),
      contact_message_ids: sent.map((message) => message.id),
    }
    await customers.updateCustomers(customer_id, {
      email: anonymisedEmail(customer_id),
      first_name: null,
      last_name: null,
      phone: null,
      company_name: null,
      metadata: null,
    } as any)
    const addressIds = (customer.addresses ?? []).map((address) => address.id)
    if (addressIds.length > 0) await customers.deleteCustomerAddresses(addressIds)
    if (before.contact_message_ids.length > 0) await messages.softDeleteContactMessages(before.contact_message_ids)
    return new StepResponse({ customer_id }, before)
  },
  async (before: Before | undefined, { container }) => {
    if (!before) return
    const customers = container.resolve(Modules.CUSTOMER)
    await customers.updateCustomers(before.customer.id, { ...before.customer, id: undefined } as any)
    if (before.addresses.length > 0) await customers.createCustomerAddresses(before.addresses as any)
    if (before.contact_message_ids.length > 0) {
      const messages: ContactMessageModuleService = container.resolve(CONTACT_MESSAGE_MODULE)
      await messages.restoreContactMessages(before.contact_message_ids)
    }
  },
)
