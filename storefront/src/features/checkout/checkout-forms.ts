/**
 * Reading the checkout's forms. The rules themselves (postcode shapes per country, e-mail
 * format, field lengths) are the account area's, so an address passes or fails the same
 * way in the address book and at checkout (postcodes are also written the way the
 * courier prints them: "sw1a1aa" becomes "SW1A 1AA"). This adds what is particular to a
 * cart address: countries limited to the cart's region, and the words each country uses
 * for its fields.
 */
import { readAddressForm, type AddressField, type AddressValues } from "../account/forms/address-form";
import { emailProblem, normaliseEmail } from "../account/forms/credentials-form";
import { textOf, validated, type Validated } from "../account/forms/form-values";

export type CheckoutAddress = Omit<AddressValues, "is_default_shipping">;

export function readEmailForm(form: FormData): Validated<{ email: string }, "email"> {
  const email = normaliseEmail(textOf(form, "email"));
  return validated({ email }, { email: emailProblem(email) });
}

/** `countryCodes`: the countries of the cart's region, the only ones Medusa accepts for it. */
export function readCheckoutAddress(
  form: FormData,
  countryCodes: readonly string[],
): Validated<CheckoutAddress, AddressField> {
  const result = readAddressForm(form, countryCodes);
  if (!result.ok) return result;
  const { is_default_shipping: _notForCarts, ...address } = result.values;
  return { ok: true, values: address };
}

export interface AddressWording {
  postcodeLabel: string;
  /** Only the British Isles write a county on the envelope; elsewhere the field is left out. */
  provinceLabel?: string;
}

export function addressWording(countryCode: string | undefined): AddressWording {
  if (countryCode === "gb") return { postcodeLabel: "Postcode", provinceLabel: "County" };
  if (countryCode === "ie") return { postcodeLabel: "Eircode", provinceLabel: "County" };
  return { postcodeLabel: "Postal code" };
}
