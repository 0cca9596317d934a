import { medusa } from "../../lib/medusa";
import type { ProfileValues } from "./forms/profile-form";

/** The e-mail is the sign-in identifier: the Store API does not let customers change it. */
export async function updateProfile(values: ProfileValues, headers: Record<string, string>): Promise<void> {
  await medusa().store.customer.update(values, { fields: "id" }, headers);
}
