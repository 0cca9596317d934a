import type { SearchQuery } from "../../../modules/product-search/types"
import type { StoreSearchParamsType } from "./validators"

/** The contract's query from validated Store API parameters, limited to the sales channels of the publishable key. */
export function toSearchQuery(params: StoreSearchParamsType, salesChannelIds: string[] = []): SearchQuery {
  return {
    q: params.q,
    sort: params.sort,
    page: params.page,
    limit: params.limit,
    filters: {
      category_ids: params.category_id,
      options: params.colour ? { colour: params.colour } : undefined,
      in_stock_at_location_id: params.in_stock_at,
      currency: params.currency,
      price_min: params.price_min,
      price_max: params.price_max,
      sales_channel_ids: salesChannelIds.length ? salesChannelIds : undefined,
    },
  }
}
