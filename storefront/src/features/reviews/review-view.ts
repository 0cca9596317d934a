/**
 * Pure helpers for the reviews on product pages and the review form: no I/O here.
 */
import type { PublicReview, RatingSummary } from "./review-types";

export const REVIEW_SORTS = [
  { id: "newest", label: "Newest" },
  { id: "helpful", label: "Most helpful" },
  { id: "lowest", label: "Lowest rating" },
] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number]["id"];

export function parseReviewSort(value: string | null | undefined): ReviewSort {
  return REVIEW_SORTS.some((sort) => sort.id === value) ? (value as ReviewSort) : "newest";
}

/** One row per star, 5 first, with its share of all reviews in whole percent. */
export function distributionRows(summary: RatingSummary): { stars: number; count: number; percent: number }[] {
  return [5, 4, 3, 2, 1].map((stars) => {
    const count = summary.distribution[String(stars) as "1"] ?? 0;
    return { stars, count, percent: summary.count === 0 ? 0 : Math.round((count / summary.count) * 100) };
  });
}

export const starText = (rating: number) => "★".repeat(Math.round(rating)) + "☆".repeat(5 - Math.round(rating));

export const ratingLabel = (average: number, count: number) =>
  `Rated ${average.toFixed(1)} out of 5 from ${count} review${count === 1 ? "" : "s"}`;

export const MAX_BODY_CHARS = 5000;
export const MAX_TITLE_CHARS = 120;
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export type ReviewForm = { product_id: string; rating: number; title: string; body: string; photos: string[] };

/**
 * The review form as the backend wants it, or what to fix. The backend checks again
 * (and checks each photo's real type); this only saves a round trip for the obvious.
 */
export async function readReviewForm(form: FormData): Promise<ReviewForm | { error: string }> {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const rating = Number(text("rating"));
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { error: "Choose a rating from 1 to 5 stars." };
  const title = text("title");
  if (!title) return { error: "Give your review a title." };
  if ([...title].length > MAX_TITLE_CHARS) return { error: `The title may be at most ${MAX_TITLE_CHARS} characters.` };
  const body = text("body");
  if (!body) return { error: "Write a few words about the product." };
  if ([...body].length > MAX_BODY_CHARS) return { error: `Your review may be at most 5,000 characters (it has ${[...body].length.toLocaleString("en")}).` };
  const files = form.getAll("photos").filter((file): file is File => typeof file === "object" && file !== null && "size" in file && file.size > 0);
  if (files.length > MAX_PHOTOS) return { error: `At most ${MAX_PHOTOS} photos per review.` };
  const tooBig = files.find((file) => file.size > MAX_PHOTO_BYTES);
  if (tooBig) return { error: `${tooBig.name || "A photo"} is over 2 MB: choose a smaller photo.` };
  const photos = await Promise.all(files.map(async (file) => Buffer.from(await file.arrayBuffer()).toString("base64")));
  return { product_id: text("product_id"), rating, title, body, photos };
}

type JsonLdProduct = {
  name: string;
  description?: string | null;
  image?: string | null;
  url: string;
  sku?: string | null;
  price?: { amount: number; currencyCode: string } | null;
  inStock: boolean;
};

/**
 * schema.org Product with its Offer, AggregateRating and Reviews (published ones only),
 * as Google reads it. AggregateRating and Review are left out without reviews: an
 * empty rating is invalid structured data.
 */
export function productJsonLd(product: JsonLdProduct, summary: RatingSummary | null, reviews: PublicReview[]) {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    url: product.url,
    brand: { "@type": "Brand", name: "Fairmade" },
  };
  if (product.description) data.description = product.description;
  if (product.image) data.image = product.image;
  if (product.sku) data.sku = product.sku;
  if (product.price) {
    data.offers = {
      "@type": "Offer",
      url: product.url,
      price: product.price.amount.toFixed(2),
      priceCurrency: product.price.currencyCode.toUpperCase(),
      availability: product.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
    };
  }
  if (summary && summary.count > 0 && summary.average !== null) {
    data.aggregateRating = { "@type": "AggregateRating", ratingValue: summary.average, reviewCount: summary.count, bestRating: 5, worstRating: 1 };
    data.review = reviews.map((review) => ({
      "@type": "Review",
      name: review.title,
      reviewBody: review.body,
      datePublished: review.created_at.slice(0, 10),
      author: { "@type": "Person", name: review.author_name },
      reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
    }));
  }
  return data;
}

/** JSON for a <script type="application/ld+json">: `<` escaped so review text can never close the script. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028|\u2029/g, " ");

const NOTICES: Record<string, string> = {
  reported: "Thank you: your report reached our moderators.",
  helpful: "Thank you for your vote.",
  "report-invalid": "Say in a few words what is wrong with the review.",
  limited: "Too many at once: please try again a little later.",
  failed: "That did not work: the review may have been removed. Please try again.",
};

/** The message for `?review_notice=` after the report and helpful forms (unknown codes show nothing). */
export const reviewNotice = (code: string | null | undefined) => (code ? NOTICES[code] : undefined);

/** Where to go back after a review form: only a product page of this shop. */
export function safeProductPath(value: unknown): string {
  return typeof value === "string" && /^\/products\/[\w-]+$/.test(value) ? value : "/products";
}
