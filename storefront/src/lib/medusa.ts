/**
 * The storefront's one client for the Medusa Store API. Server-side only: it reads the
 * backend URL and publishable key through `astro:env/server`, which Astro refuses to
 * bundle for the browser.
 */
import Medusa from "@medusajs/js-sdk";
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";
import { withBackendTimeout } from "./backend-timeout";

let client: Medusa | undefined;

/** Created on first use, so it sees the environment the server was started with. */
export function medusa(): Medusa {
  if (client) return client;
  client = new Medusa({
    baseUrl: MEDUSA_BACKEND_URL,
    publishableKey: MEDUSA_PUBLISHABLE_KEY,
    // No customer logins here: keep the SDK from looking for browser token storage.
    auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  });
  // The SDK has no timeout option; every call goes through this public method, so each gets one here.
  const http = client.client;
  const send: typeof http.fetch = http.fetch.bind(http);
  http.fetch = ((input, init) => send(input, withBackendTimeout(init))) as typeof http.fetch;
  return client;
}
