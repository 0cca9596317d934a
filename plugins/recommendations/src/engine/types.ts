/** What a shopper did with a product. Purchases teach the most, views the least. */
export type SignalKind = "purchase" | "add_to_cart" | "view"

/**
 * One signal: `user` is a customer id or an anonymous visitor id, `item` a
 * product id (StockCode offline), `time` milliseconds since the epoch.
 * `basket` groups the lines of one order; without it each signal is alone.
 */
export type Interaction = {
  kind: SignalKind
  user: string
  item: string
  time: number
  quantity?: number
  basket?: string
  /** An anonymous visitor's signal: weighed below customers' (anonymousWeight), and its co-occurrence evidence capped. */
  anonymous?: boolean
}

export type Scored = { item: string; score: number }

/** Descriptive facts per item for cold products: category, tags, material, title words. */
export type ItemFeatures = ReadonlyMap<string, readonly string[]>
