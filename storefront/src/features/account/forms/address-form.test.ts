import { describe, expect, it } from "vitest";
import { formOf } from "../test-fixtures";
import { readAddressForm } from "./address-form";
import { normalisePostcode, postcodeProblem } from "./postcode";
import { readProfileForm } from "./profile-form";

const DELIVERY_COUNTRIES = ["fr", "gb", "nl"];

const LYON = {
  first_name: "Camille",
  last_name: "Martin",
  address_1: "12 rue de la Paix",
  city: "Lyon",
  postal_code: "69001",
  country_code: "FR",
};

describe("readAddressForm", () => {
  it("accepts a complete address, with optional fields empty and the checkbox unticked", () => {
    const result = readAddressForm(formOf(LYON), DELIVERY_COUNTRIES);
    expect(result).toEqual({
      ok: true,
      values: {
        ...LYON,
        country_code: "fr",
        company: "",
        address_2: "",
        province: "",
        phone: "",
        is_default_shipping: false,
      },
    });
  });

  it("reads the default-shipping checkbox", () => {
    const result = readAddressForm(formOf({ ...LYON, is_default_shipping: "on" }), DELIVERY_COUNTRIES);
    expect(result.ok && result.values.is_default_shipping).toBe(true);
  });

  it("names every missing required field", () => {
    const result = readAddressForm(formOf({ country_code: "fr" }), DELIVERY_COUNTRIES);
    expect(result).toEqual({
      ok: false,
      errors: {
        first_name: "Enter the first name",
        last_name: "Enter the last name",
        address_1: "Enter the street and house number",
        city: "Enter the town or city",
        postal_code: "Enter a postcode",
      },
    });
  });

  it("refuses countries the shop does not deliver to, without judging their postcode", () => {
    const result = readAddressForm(formOf({ ...LYON, country_code: "us", postal_code: "90210" }), DELIVERY_COUNTRIES);
    expect(result).toEqual({ ok: false, errors: { country_code: "Choose a country we deliver to" } });
  });

  it("checks the phone number and the postcode's shape", () => {
    const result = readAddressForm(formOf({ ...LYON, postal_code: "6900", phone: "call me" }), DELIVERY_COUNTRIES);
    expect(result).toEqual({
      ok: false,
      errors: {
        postal_code: "Enter a real postcode, like 69001",
        phone: "Enter a phone number, like 01632 960 001 or +33 4 72 10 45 80",
      },
    });
  });
});

describe("postcodeProblem", () => {
  it.each([
    ["SW1A 1AA", "gb"],
    ["sw1a1aa", "gb"],
    ["1012 AB", "nl"],
    ["1100-148", "pt"],
    ["D02 X285", "ie"],
    ["12345-678", "br"],
  ])("accepts %j in %s", (postcode, country) => {
    expect(postcodeProblem(postcode, country)).toBeUndefined();
  });

  it("refuses a postcode of the wrong shape", () => {
    expect(postcodeProblem("1012", "nl")).toBe("Enter a real postcode, like 1012 AB");
  });
});

describe("normalisePostcode", () => {
  it.each([
    ["sw1a1aa", "gb", "SW1A 1AA"],
    [" ec1a  1bb ", "gb", "EC1A 1BB"],
    ["1012ab", "nl", "1012 AB"],
    ["d02x285", "ie", "D02 X285"],
    ["69001", "fr", "69001"],
  ])("writes %j in %s as %j", (postcode, country, expected) => {
    expect(normalisePostcode(postcode, country)).toBe(expected);
  });
});

describe("readProfileForm", () => {
  it("accepts names and an optional phone number", () => {
    expect(readProfileForm(formOf({ first_name: "Ann", last_name: "Lee", phone: "" }))).toEqual({
      ok: true,
      values: { first_name: "Ann", last_name: "Lee", phone: "" },
    });
  });

  it("refuses an empty name and a phone number that is not one", () => {
    expect(readProfileForm(formOf({ first_name: " ", last_name: "Lee", phone: "12" }))).toEqual({
      ok: false,
      errors: {
        first_name: "Enter your first name",
        phone: "Enter a phone number, like 01632 960 001 or +33 4 72 10 45 80",
      },
    });
  });
});
