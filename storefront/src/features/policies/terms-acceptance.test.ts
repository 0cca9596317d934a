import { describe, expect, it } from "vitest";
import { readTermsAcceptance, TERMS_NOT_ACCEPTED, withAcceptedTerms } from "./terms-acceptance";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("readTermsAcceptance", () => {
  it("accepts the version shown when the box is ticked", () => {
    expect(readTermsAcceptance(form({ terms_version: "3", accept_terms: "yes" }))).toEqual({ kind: "accepted", version: 3 });
  });

  it("refuses an unticked box or a made-up version", () => {
    expect(readTermsAcceptance(form({ terms_version: "3" }))).toEqual({ kind: "refused", message: TERMS_NOT_ACCEPTED });
    expect(readTermsAcceptance(form({ terms_version: "three", accept_terms: "yes" }))).toEqual({ kind: "refused", message: TERMS_NOT_ACCEPTED });
  });

  it("asks nothing when no terms were shown", () => {
    expect(readTermsAcceptance(form({ intent: "place-order" }))).toEqual({ kind: "none" });
  });
});

describe("withAcceptedTerms", () => {
  it("keeps the cart's other metadata", () => {
    expect(withAcceptedTerms({ gift: true, terms_version: 1 }, 2)).toEqual({ gift: true, terms_version: 2 });
    expect(withAcceptedTerms(null, 1)).toEqual({ terms_version: 1 });
  });
});
