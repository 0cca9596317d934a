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

/** The backend could not be reached, or did not answer in time (see backend-timeout.ts). */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof TypeError && /fetch failed|ECONNREFUSED|network/i.test(error.message)) return true;
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/** Down for now, worth trying again: unreachable, too slow, or its database is (503, also 502/504 from a proxy). */
export function isTemporarilyUnavailable(error: unknown): boolean {
  const status = statusOf(error);
  return isUnreachable(error) || status === 502 || status === 503 || status === 504;
}

export type FailureKind = "backend-unavailable" | "unexpected";

export interface FailureDescription {
  kind: FailureKind;
  /** The page's HTTP status: 503 (with Retry-After) tells browsers, caches and monitors it is temporary. */
  status: 500 | 503;
  title: string;
  message: string;
}

/** What a shopper is told on the error page; never includes the error's own text. */
export function describeFailure(error: unknown): FailureDescription {
  if (isUnreachable(error) || statusOf(error) !== undefined) {
    return {
      kind: "backend-unavailable",
      status: isTemporarilyUnavailable(error) ? 503 : 500,
      title: "The shop is taking a short break",
      message:
        "We can't reach our product catalogue right now. Please try again in a few minutes.",
    };
  }
  return {
    kind: "unexpected",
    status: 500,
    title: "Something went wrong",
    message: "Sorry, this page could not be shown. Please try again, or go back to the home page.",
  };
}
