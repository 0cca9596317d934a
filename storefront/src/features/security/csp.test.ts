import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, inlineHashes } from "./csp";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.split(" ")[0] === name);

const base = { scriptHashes: [], styleHashes: [], imageOrigins: ["http://localhost:9000"], stripe: false, https: false };

describe("buildContentSecurityPolicy", () => {
  it("allows the shop's own scripts and styles, the backend's images, and nothing else", () => {
    const policy = buildContentSecurityPolicy(base);
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
    expect(directive(policy, "style-src")).toBe("style-src 'self'");
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: http://localhost:9000");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
    expect(directive(policy, "frame-src")).toBe("frame-src 'none'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|stripe/);
    expect(directive(policy, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("allows inline scripts and styles by their hashes only, each once", () => {
    const policy = buildContentSecurityPolicy({ ...base, scriptHashes: ["sha256-a", "sha256-a", "sha256-b"], styleHashes: ["sha256-c"] });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'sha256-c'");
  });

  it("adds Stripe's script, frames and API only when Stripe is on", () => {
    const policy = buildContentSecurityPolicy({ ...base, stripe: true });
    expect(directive(policy, "script-src")).toContain("https://js.stripe.com");
    expect(directive(policy, "frame-src")).toBe("frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https://api.stripe.com");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("upgrades insecure requests on an https shop", () => {
    expect(directive(buildContentSecurityPolicy({ ...base, https: true }), "upgrade-insecure-requests")).toBe("upgrade-insecure-requests");
  });
});

describe("inlineHashes", () => {
  it("hashes inline scripts and styles exactly as written, skipping external scripts and data blocks", () => {
    const island = "(()=>{var a=1;})();";
    const beacon = "\n  navigator.sendBeacon('/api/x');\n";
    const style = "astro-island,astro-slot{display:contents}";
    const html = [
      `<html><head><style>${style}</style>`,
      `<script type="module" src="/_astro/page.js"></script>`,
      `<script>${island}</script>`,
      `<script is:inline data-recommendation-beacon data-product-id="p1">${beacon}</script>`,
      `<script type="application/ld+json">{"@type":"Product"}</script>`,
      `<script type="module">import "/_astro/x.js";</script>`,
      `</head><body><p>hi</p></body></html>`,
    ].join("");
    expect(inlineHashes(html)).toEqual({
      scriptHashes: [sha(island), sha(beacon), sha('import "/_astro/x.js";')],
      styleHashes: [sha(style)],
    });
  });

  it("finds nothing in a page without inline code", () => {
    expect(inlineHashes('<html><head><link rel="stylesheet" href="/_astro/a.css"></head></html>')).toEqual({ scriptHashes: [], styleHashes: [] });
  });
});
