/**
 * How an order reached its customer: home delivery, collected in a store
 * (click-and-collect), or sold at a store's counter (`metadata.channel = "store"`).
 */
export const SALES_CHANNELS = ["delivery", "click_and_collect", "store_sale"] as const
export type SalesChannel = (typeof SALES_CHANNELS)[number]
