import { describe, expect, it } from "vitest";
import { addressWording, readCheckoutAddress, readEmailForm } from "./checkout-forms";
import { LYON_ADDRESS } from "./test-fixtures";

const EUROPE = ["fr", "de", "nl", "ie", "be"];

function addressForm(overrides: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...LYON_ADDRESS, ...overrides })) form.set(name, value);
  return form;
}

describe("readCheckoutAddress", () => {
  it("accepts a French address", () => {
    const result = readCheckoutAddress(addressForm(), EUROPE);
    expect(result.ok && result.values).toMatchObject({ city: "Lyon", postal_code: "69001", country_code: "fr" });
  });

  it.each([
    ["fr", "6900", "69001"],
    ["de", "1011", "10115"],
    ["nl", "1012", "1012 AB"],
    ["ie", "D02", "D02 X285"],
  ])("checks the postcode shape of %s", (country, wrong) => {
    const result = readCheckoutAddress(addressForm({ country_code: country, postal_code: wrong }), EUROPE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.postal_code).toMatch(/postcode/i);
  });

  it("checks British postcodes", () => {
    const ok = readCheckoutAddress(addressForm({ country_code: "gb", postal_code: "sw1a1aa" }), ["gb"]);
    expect(ok.ok && ok.values.postal_code).toBe("SW1A 1AA");
    expect(readCheckoutAddress(addressForm({ country_code: "gb", postal_code: "12345" }), ["gb"]).ok).toBe(false);
  });

  it("refuses a country outside the cart's region", () => {
    const result = readCheckoutAddress(addressForm({ country_code: "gb", postal_code: "SW1A 1AA" }), EUROPE);
    expect(!result.ok && result.errors.country_code).toBe("Choose a country we deliver to");
  });

  it("names every missing field", () => {
    const result = readCheckoutAddress(addressForm({ first_name: "", address_1: " ", city: "" }), EUROPE);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(["address_1", "city", "first_name"]);
  });

  it("does not pass the address book's default flag to the cart", () => {
    const form = addressForm();
    form.set("is_default_shipping", "on");
    const result = readCheckoutAddress(form, EUROPE);
    expect(result.ok && "is_default_shipping" in result.values).toBe(false);
  });
});

describe("addressWording", () => {
  it("uses each country's words", () => {
    expect(addressWording("ie")).toEqual({ postcodeLabel: "Eircode", provinceLabel: "County" });
    expect(addressWording("gb").postcodeLabel).toBe("Postcode");
    expect(addressWording("fr")).toEqual({ postcodeLabel: "Postal code" });
  });
});

describe("readEmailForm", () => {
  it("normalises the address", () => {
    const form = new FormData();
    form.set("email", "  Camille@Example.COM ");
    expect(readEmailForm(form)).toEqual({ ok: true, values: { email: "camille@example.com" } });
  });

  it("explains a malformed address", () => {
    const form = new FormData();
    form.set("email", "camille@");
    const result = readEmailForm(form);
    expect(!result.ok && result.errors.email).toMatch(/correct format/);
  });
});
