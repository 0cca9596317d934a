/**
 * What a shopper is told when the backend refuses an account request. Messages never
 * include more than Medusa itself reveals: a wrong e-mail and a wrong password get the
 * same words, and only registration admits that an address already has an account
 * (Medusa's register route says so too).
 */
import { isUnreachable, statusOf } from "../../lib/backend-errors";

export type AccountAction = "sign-in" | "register" | "request-reset" | "reset-password" | "save";

export type AccountFailureKind =
  | "wrong-credentials"
  | "email-taken"
  | "invalid-reset-link"
  | "rate-limited"
  | "unavailable"
  | "unexpected";

export interface AccountFailure {
  kind: AccountFailureKind;
  message: string;
}

export const WRONG_CREDENTIALS = "Email or password is incorrect";

/** Medusa's words for an address that is taken, from the auth and from the customer routes. */
const EMAIL_TAKEN = /identity with email already exists|already has an account/i;

/**
 * The backend's 429 says how long to wait ("Please wait 12 minutes", "45 seconds"); the
 * shopper is told in whole minutes. Without a number, "a few minutes" is still true.
 */
export function rateLimitMessage(backendMessage: string): string {
  const wait = /(\d+)\s*(second|minute|hour)/i.exec(backendMessage);
  if (!wait) return "Too many attempts. Please try again in a few minutes.";
  const unitInMinutes = { second: 1 / 60, minute: 1, hour: 60 }[wait[2]!.toLowerCase() as "second" | "minute" | "hour"];
  const minutes = Math.max(1, Math.ceil(Number(wait[1]) * unitInMinutes));
  return `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export function describeAccountFailure(error: unknown, action: AccountAction): AccountFailure {
  const status = statusOf(error);
  const backendMessage = error instanceof Error ? error.message : "";

  if (status === 429) return { kind: "rate-limited", message: rateLimitMessage(backendMessage) };
  if (isUnreachable(error) || (status !== undefined && status >= 500)) {
    return { kind: "unavailable", message: "We can't reach our customer accounts right now. Please try again in a few minutes." };
  }
  if (action === "sign-in" && status === 401) return { kind: "wrong-credentials", message: WRONG_CREDENTIALS };
  if (action === "register" && EMAIL_TAKEN.test(backendMessage)) {
    return {
      kind: "email-taken",
      message: "There is already an account with this email address. Sign in, or reset your password if you have forgotten it.",
    };
  }
  if (action === "reset-password" && status === 401) {
    return {
      kind: "invalid-reset-link",
      message: "This password reset link has expired or has already been used. Ask for a new link below.",
    };
  }
  return { kind: "unexpected", message: "Sorry, that didn't work. Please try again." };
}
