/** Reading posted forms: every field arrives as text (or not at all) and is checked here. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export type Validated<Values, Field extends string> =
  | { ok: true; values: Values }
  | { ok: false; errors: FieldErrors<Field> };

/** A field's text, trimmed; "" when it is missing or is a file. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** Passwords are taken exactly as typed: spaces may be part of them. */
export function rawTextOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function isChecked(form: FormData, name: string): boolean {
  return form.get(name) !== null;
}

/**
 * The values when every field passed its rules, otherwise the message of each field that
 * failed. A rule is the message for that field's problem, or undefined when there is none.
 */
export function validated<Values, Field extends string>(
  values: Values,
  rules: Record<Field, string | undefined>,
): Validated<Values, Field> {
  const errors: FieldErrors<Field> = {};
  for (const field of Object.keys(rules) as Field[]) {
    if (rules[field]) errors[field] = rules[field];
  }
  return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, errors };
}

const MAX_TEXT_LENGTH = 200;

export function requiredText(value: string, missing: string, label: string, max = MAX_TEXT_LENGTH): string | undefined {
  if (!value) return missing;
  return optionalText(value, label, max);
}

export function optionalText(value: string, label: string, max = MAX_TEXT_LENGTH): string | undefined {
  return value.length > max ? `${label} must be ${max} characters or fewer` : undefined;
}

/** Digits with optional spaces, dots, dashes, brackets and a leading "+", 6 to 20 digits. */
export function phoneProblem(phone: string): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/\D/g, "").length;
  if (!/^\+?[\d\s().-]+$/.test(phone) || digits < 6 || digits > 20) {
    return "Enter a phone number, like 01632 960 001 or +33 4 72 10 45 80";
  }
  return undefined;
}

/** The id of a field's control, which error summaries link to. */
export const fieldId = (name: string) => `field-${name}`;
