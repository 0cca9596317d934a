/**
 * The add and edit address pages share everything but the save call: this reads the
 * posted form, saves it, and says what the page should do next.
 */
import type { AstroGlobal } from "astro";
import type { HttpTypes } from "@medusajs/types";
import { readAddressForm, type AddressField } from "../forms/address-form";
import { postedForm, submitForm, UNTOUCHED, type FormState } from "../forms/form-state";
import { textOf } from "../forms/form-values";
import { withNotice } from "../notices";
import { requireCustomer } from "../session/session";
import { findAddress, listDeliveryCountries, saveAddress, type Country } from "./addresses-api";

/** Page order of the fields, for the error summary and the first field to focus. */
export const ADDRESS_FIELDS: readonly AddressField[] = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "phone",
];

export interface AddressEditor {
  state: FormState<AddressField>;
  /** What the fields show: what was typed after a failed POST, else the saved address. */
  values: Record<AddressField, string> & { is_default_shipping: boolean };
  countries: Country[];
}

type Saved = Partial<Pick<HttpTypes.StoreCustomerAddress, AddressField | "is_default_shipping">>;

function shownValues(saved: Saved, form: FormData | undefined): AddressEditor["values"] {
  const fieldValues = Object.fromEntries(
    ADDRESS_FIELDS.map((field) => [field, form ? textOf(form, field) : (saved[field] ?? "")]),
  ) as Record<AddressField, string>;
  const isDefault = form ? form.get("is_default_shipping") !== null : Boolean(saved.is_default_shipping);
  return { ...fieldValues, is_default_shipping: isDefault };
}

/**
 * `addressId` undefined adds an address. Answers a Response when the page must not render:
 * signed out, an address that is not the customer's (404), or saved (redirect to the list).
 */
export async function editAddress(
  context: Pick<AstroGlobal, "cookies" | "url" | "request" | "redirect" | "response">,
  addressId: string | undefined,
): Promise<AddressEditor | Response> {
  const signedIn = await requireCustomer(context);
  if (signedIn instanceof Response) return signedIn;
  const { customer, headers } = signedIn;

  const [saved, countries] = await Promise.all([
    addressId ? findAddress(addressId, headers) : undefined,
    listDeliveryCountries(),
  ]);
  if (addressId && !saved) return new Response(null, { status: 404 });
  // A first address is usually the one to deliver to: start from the customer's name.
  const startingPoint: Saved = saved ?? { first_name: customer.first_name, last_name: customer.last_name };

  const form = await postedForm(context.request);
  const countryCodes = countries.map((country) => country.code);
  const state = form
    ? await submitForm(form, (posted) => readAddressForm(posted, countryCodes), async (values) => {
        await saveAddress(addressId, values, headers);
        return context.redirect(withNotice("/account/addresses", addressId ? "address-saved" : "address-added"), 303);
      }, "save")
    : UNTOUCHED;
  if (state instanceof Response) return state;
  context.response.status = state.status;
  return { state, values: shownValues(startingPoint, form), countries };
}
