/**
 * The shop's Content-Security-Policy: exactly what its pages load. Scripts and styles
 * come from the shop itself; the few Astro writes inline (the island loader, small
 * stylesheets, the recommendation beacon) are allowed by their SHA-256 hash, computed
 * from the page as sent, so no 'unsafe-inline' is needed. Images may also come from the
 * backend (product images). Stripe's script, frames and API only when the shop takes
 * card payments with Stripe (STRIPE_PUBLISHABLE_KEY set).
 */
import { createHash } from "node:crypto";

export interface CspInput {
  /** Hashes ("sha256-…") of the page's inline scripts and styles. */
  scriptHashes: readonly string[];
  styleHashes: readonly string[];
  /** Origins images are served from besides the shop (the backend's). */
  imageOrigins: readonly string[];
  stripe: boolean;
  https: boolean;
}

/** Stripe's documented sources for Stripe.js and the Payment Element (3-D Secure included). */
const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  image: ["https://*.stripe.com"],
};

const quoted = (hashes: readonly string[]) => [...new Set(hashes)].map((hash) => `'${hash}'`);

export function buildContentSecurityPolicy({ scriptHashes, styleHashes, imageOrigins, stripe, https }: CspInput): string {
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", ...quoted(scriptHashes), ...(stripe ? STRIPE.script : [])]],
    ["style-src", ["'self'", ...quoted(styleHashes)]],
    ["img-src", ["'self'", "data:", ...new Set(imageOrigins), ...(stripe ? STRIPE.image : [])]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", ...(stripe ? STRIPE.connect : [])]],
    ["frame-src", stripe ? STRIPE.frame : ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["form-action", ["'self'"]],
    ["base-uri", ["'self'"]],
    ["object-src", ["'none'"]],
  ];
  if (https) directives.push(["upgrade-insecure-requests", []]);
  return directives.map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/** Scripts a browser runs: no type, or a JavaScript one (JSON data blocks are not run, so need no hash). */
const isExecutableScript = (attributes: string) => {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === "module" || type === "text/javascript" || type === "application/javascript";
};

/** SHA-256 hashes of a page's inline scripts and styles, as the browser computes them (the exact text between the tags). */
export function inlineHashes(html: string): { scriptHashes: string[]; styleHashes: string[] } {
  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attributes) || !isExecutableScript(attributes)) continue;
    scriptHashes.push(sha256(body));
  }
  for (const [, , body] of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi)) {
    styleHashes.push(sha256(body));
  }
  return { scriptHashes, styleHashes };
}
