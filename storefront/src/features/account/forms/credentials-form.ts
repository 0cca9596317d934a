/**
 * Sign-in, registration and password forms. The backend checks credentials; these rules
 * only catch what can be fixed before asking it, with messages that say how to fix it.
 */
import { rawTextOf, requiredText, textOf, validated, type Validated } from "./form-values";

export const PASSWORD_MIN_LENGTH = 8;
/** Hashing very long inputs is slow; no one types more than this. */
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_RULES =
  `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`;

const EMAIL_MAX_LENGTH = 254;

/**
 * Medusa matches e-mail addresses exactly, so the storefront stores and looks them up in one
 * form: trimmed and lower-cased ("Ann@Example.com " and "ann@example.com" are one account).
 */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function emailProblem(email: string): string | undefined {
  if (!email) return "Enter your email address";
  if (email.length > EMAIL_MAX_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return "Enter an email address in the correct format, like name@example.com";
  }
  return undefined;
}

export function newPasswordProblem(password: string, email: string): string | undefined {
  if (!password) return "Enter a password";
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  if (!password.trim()) return "Password must contain more than spaces";
  if (email && password.toLowerCase() === email) return "Password must not be your email address";
  return undefined;
}

export interface SignInValues {
  email: string;
  password: string;
}

/** Only presence is checked: telling a shopper their password is "too short" would hint at the rules of old accounts. */
export function readSignInForm(form: FormData): Validated<SignInValues, keyof SignInValues> {
  const email = normaliseEmail(textOf(form, "email"));
  const password = rawTextOf(form, "password");
  return validated(
    { email, password },
    { email: emailProblem(email), password: password ? undefined : "Enter your password" },
  );
}

export interface RegistrationValues {
  first_name: string;
  last_name: string;
  email: string;
  password: string;
}

export function readRegistrationForm(form: FormData): Validated<RegistrationValues, keyof RegistrationValues> {
  const values = {
    first_name: textOf(form, "first_name"),
    last_name: textOf(form, "last_name"),
    email: normaliseEmail(textOf(form, "email")),
    password: rawTextOf(form, "password"),
  };
  return validated(values, {
    first_name: requiredText(values.first_name, "Enter your first name", "First name", 100),
    last_name: requiredText(values.last_name, "Enter your last name", "Last name", 100),
    email: emailProblem(values.email),
    password: newPasswordProblem(values.password, values.email),
  });
}

export function readForgotPasswordForm(form: FormData): Validated<{ email: string }, "email"> {
  const email = normaliseEmail(textOf(form, "email"));
  return validated({ email }, { email: emailProblem(email) });
}

/** The e-mail comes from the reset link, not from the shopper: it is only used to compare. */
export function readNewPasswordForm(form: FormData, email: string): Validated<{ password: string }, "password"> {
  const password = rawTextOf(form, "password");
  return validated({ password }, { password: newPasswordProblem(password, normaliseEmail(email)) });
}
