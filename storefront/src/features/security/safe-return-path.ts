// Any origin will do: it only has to be one a visitor-supplied value cannot name.
const PLACEHOLDER_ORIGIN = "http://same-site.invalid";

/** Browsers drop tabs and newlines from URLs ("/\t/evil" becomes "//evil"); other controls have no place in a path either. */
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/** A path a browser would read as "another host": "//host", "/\host", also once percent-decoded. */
const startsLikeAnotherHost = (path: string) => /^\/[/\\]/.test(path);

function decodedOnce(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * The URL of `value` when it is a path on this site, else undefined. The value must start
 * with one "/", and so must its normalised path: "/.//evil.example" normalises to
 * "//evil.example", a protocol-relative address a browser follows to another site.
 * Backslashes, control characters and percent-encoded slashes at the start
 * ("/%2F%2Fevil.example") are refused rather than interpreted.
 */
export function sameSitePath(value: unknown): URL | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || startsLikeAnotherHost(value)) return undefined;
  if (CONTROL_OR_BACKSLASH.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || startsLikeAnotherHost(url.pathname)) return undefined;
  const decoded = decodedOnce(url.pathname);
  if (decoded === undefined || startsLikeAnotherHost(decoded) || CONTROL_OR_BACKSLASH.test(decoded)) return undefined;
  return url;
}

/** Where to send a visitor back to: `value` when it is a path on this site, else `fallback`. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  const url = sameSitePath(value);
  return url ? url.pathname + url.search + url.hash : fallback;
}
