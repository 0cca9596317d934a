/**
 * Compresses what Astro renders (pages, JSON endpoints, SVG) with Brotli or gzip. It runs
 * outermost in src/middleware.ts: the security middleware hashes the page's inline scripts
 * from the uncompressed HTML, and its headers are copied onto the compressed answer.
 * Hashed files under /_astro/ never reach Astro: server.mjs sends their precompressed copies.
 */
import { defineMiddleware } from "astro:middleware";
import { compressResponse } from "./compress-response";

export const compression = defineMiddleware(async (context, next) => compressResponse(context.request, await next()));
