import { defineMiddleware, sequence } from "astro:middleware";
import { compression } from "./features/performance/middleware";
import { security } from "./features/security/middleware";
import { asServiceUnavailable } from "./lib/unavailable-status";

// A page that fell back to "short break" because the backend is unreachable answers 503.
const serviceUnavailable = defineMiddleware(async (_context, next) => asServiceUnavailable(await next()));

// Each concern keeps its own middleware file; this only puts them in order
// (compression outermost, as it sends the bytes security hashed; security next, so the
// short-break page gets the same headers).
export const onRequest = sequence(compression, security, serviceUnavailable);
