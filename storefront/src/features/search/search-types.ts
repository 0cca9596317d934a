/** The backend's GET /store/search answer (the search plugin's route on Medusa's Search Module), as far as the shop uses it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchHit {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  colours: string[];
  /** The listing's price (sales and price lists included). */
  price: { amount: number; currency_code: string } | null;
  /** The price before a sale or price list, when the shopper pays less than it. */
  original_price?: { amount: number; currency_code: string } | null;
  in_stock: boolean;
  /** Escaped by the backend, matched words in <mark>: safe to insert as HTML. */
  highlight: { title: string; description: string };
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  limit: number;
  facets: { category: FacetValue[]; colour: FacetValue[]; price_range: FacetValue[]; availability: FacetValue[] };
  did_you_mean?: string;
}
