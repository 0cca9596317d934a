/**
 * The shopper's side of the reviews plugin, called from the storefront server. Writing,
 * reporting and voting pass the shopper's address on, for the backend's rate limits.
 */
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";
import { medusa } from "../../lib/medusa";
import { sharedCatalogRead } from "../catalog/catalog-api";
import type { CardRating, ProductReviews, ReviewRequest } from "./review-types";
import type { ReviewSort } from "./review-view";

const forwardedFor = (clientAddress: string) => ({ "x-forwarded-for": clientAddress });

export const getProductReviews = (productId: string, sort: ReviewSort, limit = 10) =>
  medusa().client.fetch<ProductReviews>(`/store/products/${encodeURIComponent(productId)}/reviews`, { query: { sort, limit } });

/** The same for every shopper: shared like the product page's other reads (CATALOG_CACHE_SECONDS). */
export const getSharedProductReviews = sharedCatalogRead((productId: string, sort: ReviewSort) => getProductReviews(productId, sort));

/** Average and count per product for cards; empty when the backend cannot say (cards then show none). */
export async function getCardRatings(productIds: string[]): Promise<Record<string, CardRating>> {
  if (productIds.length === 0) return {};
  try {
    const answer = await medusa().client.fetch<{ summaries?: Record<string, CardRating> }>("/store/review-summaries", {
      query: { product_ids: productIds.join(",") },
    });
    return answer?.summaries ?? {};
  } catch {
    return {};
  }
}

export async function getReviewRequest(token: string): Promise<ReviewRequest> {
  const { review_request } = await medusa().client.fetch<{ review_request: ReviewRequest }>(
    `/store/review-requests/${encodeURIComponent(token)}`,
  );
  return review_request;
}

export interface ReviewSubmission {
  token: string;
  product_id: string;
  rating: number;
  title: string;
  body: string;
  photos?: string[];
}

export const submitReview = (body: ReviewSubmission, clientAddress: string) =>
  medusa().client.fetch<{ review: { id: string; status: string } }>("/store/reviews", {
    method: "POST",
    body,
    headers: forwardedFor(clientAddress),
  });

export const reportReview = (reviewId: string, reason: string, clientAddress: string) =>
  medusa().client.fetch(`/store/reviews/${encodeURIComponent(reviewId)}/report`, {
    method: "POST",
    body: { reason },
    headers: forwardedFor(clientAddress),
  });

export const markReviewHelpful = (reviewId: string, clientAddress: string) =>
  medusa().client.fetch(`/store/reviews/${encodeURIComponent(reviewId)}/helpful`, {
    method: "POST",
    body: {},
    headers: forwardedFor(clientAddress),
  });

/** A review photo's bytes, as the backend checked and serves them. */
export const fetchReviewPhoto = (photoId: string) =>
  fetch(`${MEDUSA_BACKEND_URL}/store/review-photos/${encodeURIComponent(photoId)}`, {
    headers: { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY ?? "" },
    signal: AbortSignal.timeout(4000),
  });
