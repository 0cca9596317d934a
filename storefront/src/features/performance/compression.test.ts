import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressResponse } from "./compress-response";
import { chooseEncoding, isCompressibleType, withAcceptEncodingVary } from "./encoding.mjs";

const page = "<!doctype html><html><body>" + "<p>Hand-thrown mug, stoneware.</p>".repeat(200) + "</body></html>";
const get = (acceptEncoding?: string, method = "GET") =>
  new Request("http://shop.test/products", { method, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });
const html = (body: string | null = page, headers: Record<string, string> = {}, status = 200) =>
  new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8", ...headers } });

describe("chooseEncoding", () => {
  it("prefers Brotli, falls back to gzip, and answers none without a header", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBeNull();
    expect(chooseEncoding("")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it("honours q-values, refusals and the wildcard", () => {
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0.5, gzip;q=0.8")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0, br;q=0")).toBeNull();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding("GZIP;Q=1")).toBe("gzip");
  });
});

describe("isCompressibleType", () => {
  it("takes text, JavaScript, JSON and SVG, not images, fonts or archives", () => {
    for (const type of ["text/html; charset=utf-8", "text/css", "application/javascript", "text/javascript", "application/json", "image/svg+xml", "application/manifest+json"]) {
      expect(isCompressibleType(type), type).toBe(true);
    }
    for (const type of ["image/png", "image/webp", "font/woff2", "application/zip", "application/octet-stream", "application/pdf", null, ""]) {
      expect(isCompressibleType(type), String(type)).toBe(false);
    }
  });
});

describe("withAcceptEncodingVary", () => {
  it("adds Accept-Encoding once and keeps what was there", () => {
    expect(withAcceptEncodingVary(null)).toBe("Accept-Encoding");
    expect(withAcceptEncodingVary("Cookie")).toBe("Cookie, Accept-Encoding");
    expect(withAcceptEncodingVary("cookie, accept-encoding")).toBe("cookie, accept-encoding");
    expect(withAcceptEncodingVary("*")).toBe("*");
  });
});

describe("compressResponse", () => {
  it("sends a page as Brotli the browser can read back, keeping every header", async () => {
    const csp = "default-src 'self'; script-src 'self' 'sha256-abc'";
    const response = await compressResponse(get("gzip, br"), html(page, { "content-security-policy": csp, "cache-control": "private, no-store" }));
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("content-security-policy")).toBe(csp);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(body.byteLength);
    expect(body.byteLength).toBeLessThan(page.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(page);
  });

  it("sends gzip to a client without Brotli, and marks a strong ETag weak", async () => {
    const response = await compressResponse(get("gzip"), html(page, { etag: '"v1"', vary: "Cookie" }));
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("vary")).toBe("Cookie, Accept-Encoding");
    expect(response.headers.get("etag")).toBe('W/"v1"');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(page);
  });

  it("sends the page as it is to a client that accepts no encoding, still varying on it", async () => {
    const response = await compressResponse(get(), html());
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(await response.text()).toBe(page);
  });

  it("leaves tiny bodies uncompressed", async () => {
    const response = await compressResponse(get("br"), html("<p>ok</p>"));
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe("<p>ok</p>");
  });

  it("leaves already-compressed types, encoded bodies, HEAD, redirects and 304s alone", async () => {
    const image = new Response(new Uint8Array(5000), { headers: { "content-type": "image/webp" } });
    expect(await compressResponse(get("br"), image)).toBe(image);
    const encoded = html(page, { "content-encoding": "gzip" });
    expect(await compressResponse(get("br"), encoded)).toBe(encoded);
    const head = html();
    expect(await compressResponse(get("br", "HEAD"), head)).toBe(head);
    const redirect = new Response(null, { status: 303, headers: { location: "/cart" } });
    expect(await compressResponse(get("br"), redirect)).toBe(redirect);
    const notModified = html(null, {}, 304);
    expect(await compressResponse(get("br"), notModified)).toBe(notModified);
  });

  it("compresses JSON and SVG answers too", async () => {
    const json = JSON.stringify({ products: Array.from({ length: 100 }, (_, i) => ({ id: `prod_${i}`, title: "Mug" })) });
    const response = await compressResponse(get("gzip"), new Response(json, { headers: { "content-type": "application/json" } }));
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(json);
  });
});
