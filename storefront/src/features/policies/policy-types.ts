/** The shapes the shop-content plugin answers with (see plugins/shop-content/README.md). */
export type DocumentSlug = "terms" | "privacy" | "legal" | "faq";

export interface ShopDocument {
  slug: DocumentSlug;
  version: number;
  title: string;
  body: string;
  published_at: string;
}

export interface DeliveryPolicyOption {
  id: string;
  name: string;
  kind: "delivery" | "pickup";
  description: string | null;
  amount: number;
  reduced_from: { item_total: number; amount: number } | null;
}

export interface DeliveryPolicyRegion {
  id: string;
  name: string;
  currency_code: string;
  countries: { code: string; name: string }[];
  options: DeliveryPolicyOption[];
}
