/** Where shoppers and staff reach the shop; e-mailed links are built from these. */
export function publicUrls(env: NodeJS.ProcessEnv) {
  return {
    storefrontUrl: env.STOREFRONT_URL ?? "http://localhost:4321",
    backendUrl: env.BACKEND_URL ?? "http://localhost:9000",
  }
}
