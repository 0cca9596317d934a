/**
 * The checkout's "I accept the terms of sale" box. The form carries the version shown
 * (a hidden field) so that what the shopper read is what the cart records; the backend
 * refuses the order if that is no longer the version in force.
 */
export const TERMS_FIELD = "accept_terms";
export const TERMS_VERSION_FIELD = "terms_version";

export const TERMS_NOT_ACCEPTED = "Tick the box to accept the terms of sale before placing your order.";

export type TermsAcceptance =
  /** No terms were shown (none published): nothing to record. */
  | { kind: "none" }
  | { kind: "accepted"; version: number }
  | { kind: "refused"; message: string };

export function readTermsAcceptance(form: FormData): TermsAcceptance {
  const version = form.get(TERMS_VERSION_FIELD);
  if (typeof version !== "string" || version === "") return { kind: "none" };
  const number = Number(version);
  if (!Number.isInteger(number) || number < 1) return { kind: "refused", message: TERMS_NOT_ACCEPTED };
  return form.get(TERMS_FIELD) === "yes" ? { kind: "accepted", version: number } : { kind: "refused", message: TERMS_NOT_ACCEPTED };
}

/** The cart's metadata with the accepted version added, keeping what else it holds. */
export const withAcceptedTerms = (metadata: Record<string, unknown> | null | undefined, version: number) => ({ ...(metadata ?? {}), terms_version: version });
