import { getViteConfig } from "astro/config";
import type { ViteUserConfig } from "vitest/config";

const testConfig: ViteUserConfig = {
  test: {
    include: ["src/**/*.test.ts"],
  },
};

// Runs the unit tests through Astro's Vite pipeline, so modules resolve as they do in the app.
// Astro ships its own Vite, whose config type vitest's `test` key does not extend: hence the cast.
export default getViteConfig(testConfig as Parameters<typeof getViteConfig>[0]);
