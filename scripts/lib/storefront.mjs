import path from "node:path"
import { binPath, storefrontDir } from "./paths.mjs"
import { buildIfChanged } from "./build.mjs"
import { run, startService } from "./processes.mjs"

export function buildStorefront(env) {
  return buildIfChanged({
    inputs: ["src", "public", "astro.config.mjs", "server.mjs", "package.json", "tsconfig.json"].map((entry) => path.join(storefrontDir, entry)),
    outputDir: path.join(storefrontDir, "dist"),
    // astro.config reads it when building (security.allowedDomains): another address, another build.
    settings: `STOREFRONT_URL=${env.STOREFRONT_URL ?? ""}`,
    build: () => run("build-storefront", process.execPath, [binPath("astro", storefrontDir), "build"], { cwd: storefrontDir, env }),
  })
}

/** The built Astro server (behind server.mjs, which sends precompressed assets) as a service for the supervisor; backend URL and publishable key are read at run time. */
export function storefrontService(env, { port, backendUrl, publishableKey }) {
  return {
    name: "storefront",
    readyUrl: `http://localhost:${port}/`,
    start: () =>
      startService("storefront", process.execPath, [path.join(storefrontDir, "server.mjs")], {
        cwd: storefrontDir,
        env: { ...env, HOST: "0.0.0.0", PORT: String(port), MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
      }),
  }
}
