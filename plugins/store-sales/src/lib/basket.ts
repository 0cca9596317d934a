/**
 * Changes to an open counter sale's basket, checked against this store's
 * shelf before Medusa's cart workflows run: unknown codes, quantities above
 * the store's free units and completed sales are refused with a 400 that says
 * what to do, and nothing is changed.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules, PromotionActions } from "@medusajs/framework/utils"
import {
  addToCartWorkflow,
  createCustomersWorkflow,
  deleteLineItemsWorkflow,
  updateCartPromotionsWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CounterSaleCart, loadCounterSale, orderIdOfSale } from "./counter-sale"
import { describeVariants, variantIdsByCode } from "./product-lookup"
import { ensureStoreChannel } from "./store-channel"

export async function openSale(container: MedusaContainer, id: string, storeIds: string[]): Promise<CounterSaleCart> {
  const cart = await loadCounterSale(container, id, storeIds)
  if (cart.completed_at || (await orderIdOfSale(container, cart.id))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Counter sale ${id} is completed: start a new sale.`)
  }
  return cart
}

async function resolveVariant(container: MedusaContainer, input: { variant_id?: string; code?: string }): Promise<string> {
  if (input.code) {
    const [id] = await variantIdsByCode(container, input.code.trim(), 1)
    if (!id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No product has the SKU or barcode "${input.code.trim()}": check the code or search by name.`)
    return id
  }
  return input.variant_id!
}

function refuseAboveShelf(title: string, storeName: string, free: number | null, wanted: number, inBasket: number) {
  if (free === null || wanted <= free) return
  const already = inBasket ? ` (${inBasket} already in the basket)` : ""
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    free === 0
      ? `${title} is out of stock at ${storeName}.`
      : `Only ${free} unit(s) of ${title} are on the shelf at ${storeName}${already}: lower the quantity.`,
  )
}

export async function addLine(container: MedusaContainer, cart: CounterSaleCart, input: { variant_id?: string; code?: string; quantity: number }) {
  const channel = await ensureStoreChannel(container, cart.metadata.store_location_id)
  const variantId = await resolveVariant(container, input)
  const [hit] = await describeVariants(container, [variantId], channel)
  if (!hit) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product variant ${variantId} is not for sale.`)
  if (hit.price === null) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${hit.product_title} has no price in ${channel.currency_code.toUpperCase()}.`)
  const line = cart.items.find((item) => item.variant_id === variantId)
  const inBasket = line ? MathBN.convert(line.quantity as number).toNumber() : 0
  const title = [hit.product_title, hit.variant_title].filter(Boolean).join(" — ")
  refuseAboveShelf(title, channel.name, hit.in_store, inBasket + input.quantity, inBasket)
  if (line) {
    await updateLineItemInCartWorkflow(container).run({ input: { cart_id: cart.id, item_id: line.id, update: { quantity: inBasket + input.quantity } } })
  } else {
    await addToCartWorkflow(container).run({
      // Handed over at the till: nothing to ship, so no shipping method is needed.
      input: { cart_id: cart.id, items: [{ variant_id: variantId, quantity: input.quantity, requires_shipping: false }] },
    })
  }
}

export async function setLineQuantity(container: MedusaContainer, cart: CounterSaleCart, lineId: string, quantity: number) {
  const line = cart.items.find((item) => item.id === lineId)
  if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${lineId} is not in this basket.`)
  if (quantity === 0) {
    await deleteLineItemsWorkflow(container).run({ input: { cart_id: cart.id, ids: [lineId] } })
    return
  }
  const channel = await ensureStoreChannel(container, cart.metadata.store_location_id)
  const [hit] = line.variant_id ? await describeVariants(container, [line.variant_id], channel) : []
  const title = [line.product_title ?? line.title, line.variant_title].filter(Boolean).join(" — ")
  refuseAboveShelf(title, channel.name, hit ? hit.in_store : null, quantity, 0)
  await updateLineItemInCartWorkflow(container).run({ input: { cart_id: cart.id, item_id: lineId, update: { quantity } } })
}

/** Promo codes apply exactly as online (Medusa's promotion rules, limits and campaigns). */
export async function changePromoCode(container: MedusaContainer, cart: CounterSaleCart, code: string, action: "add" | "remove") {
  const normalised = code.trim()
  if (action === "remove") {
    await updateCartPromotionsWorkflow(container).run({ input: { cart_id: cart.id, promo_codes: [normalised], action: PromotionActions.REMOVE } })
    return
  }
  try {
    await updateCartPromotionsWorkflow(container).run({ input: { cart_id: cart.id, promo_codes: [normalised], action: PromotionActions.ADD } })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Promo code ${normalised} cannot be used: ${(error as Error).message}.`)
  }
  const after = await loadCounterSale(container, cart.id)
  if (!after.promotions.some((promotion) => promotion?.code?.toLowerCase() === normalised.toLowerCase())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Promo code ${normalised} does not apply to this basket (unknown, expired, used up or its conditions are not met).`)
  }
}

/** The customer joins the sale (their history, "buy again"): an account or guest record with that e-mail, else a new one. */
export async function setCustomer(
  container: MedusaContainer,
  cart: CounterSaleCart,
  input: { email: string; first_name?: string; last_name?: string },
) {
  const email = input.email.trim().toLowerCase()
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email })
  let customer = customers.find((candidate) => candidate.has_account) ?? customers[0]
  if (!customer) {
    const { result } = await createCustomersWorkflow(container).run({
      input: { customersData: [{ email, first_name: input.first_name ?? null, last_name: input.last_name ?? null, has_account: false }] },
    })
    customer = result[0]
  }
  await updateCartWorkflow(container).run({ input: { id: cart.id, customer_id: customer.id, email: customer.email } })
}
