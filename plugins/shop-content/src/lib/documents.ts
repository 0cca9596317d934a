/** The shop's editable documents, by the slug of their storefront page. */
export const DOCUMENT_SLUGS = ["terms", "privacy", "legal", "faq"] as const
export type DocumentSlug = (typeof DOCUMENT_SLUGS)[number]

export const DOCUMENT_NAMES: Record<DocumentSlug, string> = {
  terms: "Terms of sale",
  privacy: "Privacy notice",
  legal: "Legal notice",
  faq: "FAQ",
}

export const isDocumentSlug = (value: string): value is DocumentSlug => (DOCUMENT_SLUGS as readonly string[]).includes(value)

/** The cart (then order) metadata key holding the terms version the shopper accepted. */
export const TERMS_VERSION_KEY = "terms_version"

export type TermsCheck = { ok: true } | { ok: false; message: string }

/**
 * Whether a cart may become an order: once terms of sale are published, the cart must
 * carry the number of the version in force. Nothing is asked while none is published.
 */
export function checkAcceptedTerms(current: { version: number } | null, metadata: Record<string, unknown> | null | undefined): TermsCheck {
  if (!current) return { ok: true }
  const accepted = metadata?.[TERMS_VERSION_KEY]
  if (accepted === undefined || accepted === null || accepted === "") {
    return {
      ok: false,
      message: `Accept the terms of sale (version ${current.version}) before placing the order: set the cart's metadata.${TERMS_VERSION_KEY} to ${current.version}.`,
    }
  }
  if (String(accepted) !== String(current.version)) {
    return {
      ok: false,
      message: `The terms of sale changed: version ${accepted} was accepted, version ${current.version} is in force. Read and accept version ${current.version} to place the order.`,
    }
  }
  return { ok: true }
}

export type PublicDocument = { slug: string; version: number; title: string; body: string; published_at: string }

export const publicDocument = (record: { slug: string; version: number; title: string; body: string; published_at: Date | string | null }): PublicDocument => ({
  slug: record.slug,
  version: record.version,
  title: record.title,
  body: record.body,
  published_at: new Date(record.published_at as string | Date).toISOString(),
})
