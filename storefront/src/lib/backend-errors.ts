/**
 * Helpers to tell backend failures apart without importing the SDK's error class:
 * the SDK throws `FetchError` (with a numeric `status`) for HTTP errors, and Node's
 * fetch throws a `TypeError` when the backend cannot be reached at all.
 */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("status" in error)) return undefined;
  const { status } = error as { status: unknown };
  return typeof status === "number" ? status : undefined;
}

export function isNotFoundError(error: unknown): boolean {
  return statusOf(error) === 404;
}

export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed|ECONNREFUSED|network/i.test(error.message);
}

export type FailureKind = "backend-unavailable" | "unexpected";

export interface FailureDescription {
  kind: FailureKind;
  title: string;
  message: string;
}

/** What a shopper is told on the error page; never includes the error's own text. */
export function describeFailure(error: unknown): FailureDescription {
  if (isUnreachable(error) || statusOf(error) !== undefined) {
    return {
      kind: "backend-unavailable",
      title: "The shop is taking a short break",
      message:
        "We can't reach our product catalogue right now. Please try again in a few minutes.",
    };
  }
  return {
    kind: "unexpected",
    title: "Something went wrong",
    message: "Sorry, this page could not be shown. Please try again, or go back to the home page.",
  };
}
