import { optionalText, phoneProblem, requiredText, textOf, validated, type Validated } from "./form-values";

export interface ProfileValues {
  first_name: string;
  last_name: string;
  /** "" clears the number. */
  phone: string;
}

export function readProfileForm(form: FormData): Validated<ProfileValues, keyof ProfileValues> {
  const values = { first_name: textOf(form, "first_name"), last_name: textOf(form, "last_name"), phone: textOf(form, "phone") };
  return validated(values, {
    first_name: requiredText(values.first_name, "Enter your first name", "First name", 100),
    last_name: requiredText(values.last_name, "Enter your last name", "Last name", 100),
    phone: phoneProblem(values.phone) ?? optionalText(values.phone, "Phone number", 30),
  });
}
