import { isChecked, optionalText, phoneProblem, requiredText, textOf, validated, type Validated } from "./form-values";
import { normalisePostcode, postcodeProblem } from "./postcode";

/** The address fields the book keeps; the same names as Medusa's customer address. */
export interface AddressValues {
  first_name: string;
  last_name: string;
  company: string;
  address_1: string;
  address_2: string;
  city: string;
  postal_code: string;
  province: string;
  country_code: string;
  phone: string;
  is_default_shipping: boolean;
}

export type AddressField = Exclude<keyof AddressValues, "is_default_shipping">;

/** `countryCodes`: the countries the shop delivers to; any other would be a useless address. */
export function readAddressForm(form: FormData, countryCodes: readonly string[]): Validated<AddressValues, AddressField> {
  const values: AddressValues = {
    first_name: textOf(form, "first_name"),
    last_name: textOf(form, "last_name"),
    company: textOf(form, "company"),
    address_1: textOf(form, "address_1"),
    address_2: textOf(form, "address_2"),
    city: textOf(form, "city"),
    postal_code: textOf(form, "postal_code"),
    province: textOf(form, "province"),
    country_code: textOf(form, "country_code").toLowerCase(),
    phone: textOf(form, "phone"),
    is_default_shipping: isChecked(form, "is_default_shipping"),
  };
  const knownCountry = countryCodes.includes(values.country_code);
  values.postal_code = normalisePostcode(values.postal_code, values.country_code);
  return validated(values, {
    first_name: requiredText(values.first_name, "Enter the first name", "First name", 100),
    last_name: requiredText(values.last_name, "Enter the last name", "Last name", 100),
    company: optionalText(values.company, "Company"),
    address_1: requiredText(values.address_1, "Enter the street and house number", "Address line 1"),
    address_2: optionalText(values.address_2, "Address line 2"),
    city: requiredText(values.city, "Enter the town or city", "Town or city", 100),
    // A postcode can only be judged once the country is known.
    postal_code: knownCountry ? postcodeProblem(values.postal_code, values.country_code) : undefined,
    province: optionalText(values.province, "County, state or province", 100),
    country_code: knownCountry ? undefined : "Choose a country we deliver to",
    phone: phoneProblem(values.phone) ?? optionalText(values.phone, "Phone number", 30),
  });
}
