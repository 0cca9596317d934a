/** The signed-in customer's orders, newest first. Totals are Medusa's own, shown as they are. */
import type { HttpTypes } from "@medusajs/types";
import { isNotFoundError } from "../../../lib/backend-errors";
import { medusa } from "../../../lib/medusa";

const SUMMARY_FIELDS =
  "id,display_id,status,payment_status,fulfillment_status,created_at,currency_code,total,items.id,items.quantity";

const DETAIL_FIELDS =
  "id,display_id,customer_id,email,status,payment_status,fulfillment_status,created_at,currency_code," +
  "total,item_total,shipping_total,tax_total,discount_total," +
  "items.id,items.title,items.product_title,items.product_handle,items.variant_title,items.thumbnail," +
  "items.quantity,items.unit_price,items.total," +
  "*shipping_address,shipping_methods.name,shipping_methods.total";

export interface OrderPage {
  orders: HttpTypes.StoreOrder[];
  count: number;
}

export async function listOrders(
  headers: Record<string, string>,
  { limit, offset }: { limit: number; offset: number },
): Promise<OrderPage> {
  const { orders, count } = await medusa().store.order.list(
    { fields: SUMMARY_FIELDS, limit, offset, order: "-created_at" },
    headers,
  );
  return { orders, count };
}

/**
 * Medusa shows any order to whoever knows its id (that is how order confirmation pages
 * work), so the account page checks the order is this customer's: someone else's order
 * is "not found", like an id that does not exist.
 */
export async function findCustomerOrder(
  id: string,
  customerId: string,
  headers: Record<string, string>,
): Promise<HttpTypes.StoreOrder | undefined> {
  try {
    const { order } = await medusa().store.order.retrieve(id, { fields: DETAIL_FIELDS }, headers);
    return order.customer_id === customerId ? order : undefined;
  } catch (error) {
    if (isNotFoundError(error)) return undefined;
    throw error;
  }
}
