// Any origin will do: it only has to be one a visitor-supplied value cannot name.
const PLACEHOLDER_ORIGIN = "http://same-site.invalid";

/**
 * The path of `value` when it stays on this site, else undefined. The URL parser
 * normalises what browsers normalise (backslashes, tabs, "/./"), so "//evil.example",
 * "/\\evil.example" or "/\t/evil.example" resolve to another origin and are refused.
 */
export function sameSitePath(value: unknown): URL | undefined {
  if (typeof value !== "string" || !value.startsWith("/")) return undefined;
  try {
    const url = new URL(value, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? url : undefined;
  } catch {
    return undefined;
  }
}
