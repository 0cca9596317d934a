/**
 * What a form page shows after a POST it could not complete: the problem of each field,
 * a problem with the form as a whole, and the HTTP status of the re-rendered page.
 */
import { describeAccountFailure, type AccountAction, type AccountFailureKind } from "../account-errors";
import type { FieldErrors, Validated } from "./form-values";

export interface FormState<Field extends string = string> {
  errors: FieldErrors<Field>;
  /** Not about one field: "Email or password is incorrect", "Too many attempts…". */
  alert?: string;
  /** Why the backend refused, for pages that offer a way out (a "Sign in" link when the e-mail is taken). */
  failure?: AccountFailureKind;
  status: number;
}

export const UNTOUCHED: FormState<never> = { errors: {}, status: 200 };

const STATUS_OF_FAILURE: Record<AccountFailureKind, number> = {
  "wrong-credentials": 401,
  "email-taken": 409,
  "invalid-reset-link": 400,
  "rate-limited": 429,
  unavailable: 503,
  unexpected: 500,
};

/** The request's form on a POST, undefined on a GET. A malformed body reads as an empty form. */
export async function postedForm(request: Request): Promise<FormData | undefined> {
  if (request.method !== "POST") return undefined;
  return request.formData().catch(() => new FormData());
}

/**
 * The POST half of a form page: reads the form and, when every field is fine, submits it.
 * Answers `submit`'s Response (usually a 303 redirect), or the state to show the form
 * again with: 400 for fields to fix, the failure's own status when the backend refused.
 */
export async function submitForm<Values, Field extends string>(
  form: FormData,
  read: (form: FormData) => Validated<Values, Field>,
  submit: (values: Values) => Promise<Response>,
  action: AccountAction,
): Promise<FormState<Field> | Response> {
  const result = read(form);
  if (!result.ok) return { errors: result.errors, status: 400 };
  try {
    return await submit(result.values);
  } catch (error) {
    const failure = describeAccountFailure(error, action);
    if (failure.kind === "unexpected") console.error(`Account form (${action}) failed:`, error);
    return { errors: {}, alert: failure.message, failure: failure.kind, status: STATUS_OF_FAILURE[failure.kind] };
  }
}

/** The field to put the cursor in: the first one, in page order, that has a problem. */
export function firstInvalidField<Field extends string>(order: readonly Field[], errors: FieldErrors<Field>): Field | undefined {
  return order.find((field) => errors[field] !== undefined);
}

/**
 * The props each FormField takes from the form's state: its value, its error, and whether
 * the cursor starts there (the first field with an error, else `focusOtherwise`).
 */
export function bindFields<Field extends string>(
  state: FormState<NoInfer<Field>>,
  order: readonly Field[],
  valueOf: (field: Field) => string | null | undefined,
  focusOtherwise?: Field,
) {
  const focus = firstInvalidField(order, state.errors) ?? focusOtherwise;
  return (name: Field) => ({ name, value: valueOf(name), error: state.errors[name], autofocus: focus === name });
}
