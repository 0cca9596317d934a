// @ts-check
/**
 * What the storefront compresses and how it picks gzip or Brotli. Plain JavaScript on purpose:
 * both the Astro middleware (pages) and server.mjs (precompressed /_astro/ files, served before
 * Astro sees the request) use it.
 */

/** Bodies smaller than this are sent as they are: the encoding would save less than it costs. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

/** Text types worth compressing; images, fonts (woff2) and archives are already compressed. */
const COMPRESSIBLE_TYPES = [
  /^text\//,
  /^application\/(javascript|json|manifest\+json|xml|rss\+xml|atom\+xml|ld\+json|problem\+json)\b/,
  /^image\/svg\+xml\b/,
];

/** @param {string | null | undefined} contentType */
export function isCompressibleType(contentType) {
  if (!contentType) return false;
  const type = contentType.toLowerCase().trim();
  return COMPRESSIBLE_TYPES.some((pattern) => pattern.test(type));
}

/** File extensions of assets that build-time precompression writes .br/.gz for. */
export const PRECOMPRESSED_EXTENSIONS = [".js", ".mjs", ".css", ".svg", ".json", ".html", ".txt", ".xml"];

/**
 * The encoding to answer with for an Accept-Encoding header: Brotli when the client takes it
 * (smaller), else gzip, else none. Honours q-values (q=0 refuses) and "*".
 * @param {string | null | undefined} acceptEncoding
 * @returns {"br" | "gzip" | null}
 */
export function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return null;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of acceptEncoding.split(",")) {
    const [rawName, ...params] = part.trim().split(";");
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split("=");
      if (key.trim().toLowerCase() === "q") {
        const parsed = Number(value);
        q = Number.isFinite(parsed) ? parsed : 0;
      }
    }
    weights.set(name, q);
  }
  const weightOf = (/** @type {string} */ name) => weights.get(name) ?? weights.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = Math.max(weightOf("gzip"), weights.get("x-gzip") ?? 0);
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return null;
}

/**
 * Vary with Accept-Encoding added once, keeping what was there (e.g. Cookie).
 * @param {string | null | undefined} current
 */
export function withAcceptEncodingVary(current) {
  if (!current) return "Accept-Encoding";
  const names = current.split(",").map((name) => name.trim().toLowerCase());
  if (names.includes("*") || names.includes("accept-encoding")) return current;
  return `${current}, Accept-Encoding`;
}
