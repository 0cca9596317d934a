// @ts-check
import { defineConfig, envField } from "astro/config";
import node from "@astrojs/node";
import react from "@astrojs/react";
import { allowedDomainsOf } from "./src/features/security/allowed-domains.ts";
import { precompressAssets } from "./src/features/performance/precompress-assets.mjs";

export default defineConfig({
  output: "server",
  // No body over 1 MB is read at all (security/body-limit.ts sets the finer limits and the 413).
  adapter: node({ mode: "standalone", bodySizeLimit: 1024 * 1024 }),
  security: {
    checkOrigin: true,
    // From the shop's public address when the storefront is built (features/security/allowed-domains.ts).
    allowedDomains: allowedDomainsOf(process.env.STOREFRONT_URL),
  },
  integrations: [react(), precompressAssets()],
  // The storefront keeps its state (the region) in a plain cookie, so no session store is needed.
  session: false,
  env: {
    schema: {
      // Both are "secret" on purpose: Astro inlines public variables at build time,
      // while secret server variables are read from the environment when the server starts.
      // The start script decides where the backend is and the key only exists after the seed.
      MEDUSA_BACKEND_URL: envField.string({
        context: "server",
        access: "secret",
        url: true,
        default: "http://localhost:9000",
      }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({
        context: "server",
        access: "secret",
        optional: true,
      }),
      // Turns on card payments with Stripe's Payment Element, where the region offers Stripe.
      // A secret read at run time (like the two above) and handed to the payment island as a prop.
      STRIPE_PUBLISHABLE_KEY: envField.string({
        context: "server",
        access: "secret",
        optional: true,
      }),
      // Seconds a catalogue read (product page, listing) is reused for every shopper; 0 turns it off.
      // Stock shown can be that old; adding to the cart checks stock again in the backend.
      CATALOG_CACHE_SECONDS: envField.number({
        context: "server",
        access: "secret",
        default: 10,
        int: true,
        min: 0,
      }),
    },
  },
});
