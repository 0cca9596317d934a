import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { chooseEncoding, isCompressibleType, MIN_COMPRESSIBLE_BYTES, withAcceptEncodingVary } from "./encoding.mjs";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Pages are compressed per request, so Brotli runs at a middle quality (5): nearly the size of
 * the highest level at a small part of the CPU. Build-time precompression of assets uses 11.
 */
export function compressBytes(bytes: Uint8Array, encoding: "br" | "gzip"): Promise<Buffer> {
  return encoding === "br"
    ? brotli(bytes, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 5,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
          [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      })
    : gzipAsync(bytes, { level: 6 });
}

const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The response compressed for the request's Accept-Encoding, or the same response when it should
 * go as it is: no body, already encoded, not a text type, too small, or a HEAD request. Every
 * header of the response (CSP, cache rules) is kept; Vary gains Accept-Encoding whenever the
 * answer could differ by encoding, so a shared cache never hands gzip to a client that can't read it.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
  if (!response.body || NO_BODY_STATUSES.has(response.status) || request.method === "HEAD") return response;
  if (response.headers.has("content-encoding")) return response;
  if (!isCompressibleType(response.headers.get("content-type"))) return response;

  const bytes = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  headers.set("vary", withAcceptEncodingVary(headers.get("vary")));
  const encoding = chooseEncoding(request.headers.get("accept-encoding"));
  let body: Uint8Array<ArrayBuffer> = bytes;
  if (encoding && bytes.byteLength >= MIN_COMPRESSIBLE_BYTES) {
    const compressed = await compressBytes(bytes, encoding);
    body = new Uint8Array(compressed.buffer as ArrayBuffer, compressed.byteOffset, compressed.byteLength);
    headers.set("content-encoding", encoding);
    // A strong ETag names the uncompressed bytes; the compressed ones are a different representation.
    const etag = headers.get("etag");
    if (etag && !etag.startsWith("W/")) headers.set("etag", `W/${etag}`);
  }
  headers.set("content-length", String(body.byteLength));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
