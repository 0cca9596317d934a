import { defineMiddleware } from "astro:middleware";
import { asServiceUnavailable } from "./lib/unavailable-status";

export const onRequest = defineMiddleware(async (_context, next) => asServiceUnavailable(await next()));
