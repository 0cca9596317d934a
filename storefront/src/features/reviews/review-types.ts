/** What the reviews plugin's Store API answers (plugins/reviews). */
export interface RatingSummary {
  average: number | null;
  count: number;
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>;
}

export interface PublicReview {
  id: string;
  product_id: string;
  rating: number;
  title: string;
  body: string;
  author_name: string;
  verified_purchase: boolean;
  received_by: "delivery" | "collection";
  created_at: string;
  helpful_count: number;
  photos: { id: string; url: string }[];
  reply: { body: string; replied_at: string } | null;
}

export interface ProductReviews {
  summary: RatingSummary;
  reviews: PublicReview[];
  count: number;
}

export interface ReviewRequest {
  order_display_id: number;
  author_name: string;
  received: { at: string; by: "delivery" | "collection" } | null;
  products: { product_id: string; title: string; thumbnail: string | null; reviewed: boolean }[];
}

export type CardRating = { average: number | null; count: number };
