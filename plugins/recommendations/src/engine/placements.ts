/**
 * Where a row of recommendations shows, and what it does with items the
 * shopper bought before — a deliberate choice per placement:
 *
 * - home     known shopper: re-orders AND discoveries on one scale (this shop's
 *            customers re-stock the same items a lot, and the home page is
 *            where they start an order); unknown shopper: popular now.
 * - product  "bought together" with the product; the same for every shopper
 *            (precomputed per product, cacheable), so nothing personal is
 *            excluded, only the product itself.
 * - cart     complements of everything in the cart, minus the cart; bought
 *            items stay allowed (a re-order reminder at the right moment).
 * - account  "buy again": only items bought before, then "for you"
 *            discoveries (never bought) when there are too few.
 * - recently_viewed
 *            the shopper's views, newest first, minus the given items (the
 *            product on screen); bought or not, and never padded with others.
 *
 * Shoppers the last training did not see (anonymous visitors) get home
 * and account from their session instead (session.ts: discoveries only).
 */
import type { RecommenderModel } from "./model"
import { fillUp } from "./ranking"
import type { Scored } from "./types"

export const PLACEMENTS = ["home", "product", "cart", "account", "recently_viewed"] as const
export type Placement = (typeof PLACEMENTS)[number]

export type PlacementRequest = {
  placement: Placement
  /** The customer or anonymous visitor, if known. */
  user?: string | null
  /** The product shown (product), the products in the cart (cart), or those not to repeat (recently_viewed). */
  items?: readonly string[]
}

export function recommend(model: RecommenderModel, request: PlacementRequest, k: number): Scored[] {
  const user = request.user ?? null
  const items = request.items ?? []
  switch (request.placement) {
    case "home":
      return model.home(user, k)
    case "product":
    case "cart":
      return model.similarTo(items, k)
    case "account":
      if (!user) return model.popular(k)
      return fillUp(model.buyAgain(user, k), model.forYou(user, k), k, new Set())
    case "recently_viewed":
      return user ? model.recentlyViewed(user, k, new Set(items)) : []
  }
}
