import type { SearchDocument, SearchHit } from "../../types"
import { coloursOf } from "./colour"

/** The part of a document a result list shows, priced in the shopper's currency. */
export function toHit(document: SearchDocument, highlight: SearchHit["highlight"], currency?: string): SearchHit {
  const amount = currency ? document.prices[currency] : undefined
  return {
    id: document.id,
    handle: document.handle,
    title: document.title,
    thumbnail: document.thumbnail,
    categories: document.categories,
    colours: coloursOf(document.options),
    price: amount === undefined ? null : { amount, currency_code: currency! },
    in_stock: document.in_stock_locations.length > 0,
    highlight,
  }
}
