/**
 * Medusa's Search Module with our providers (plugins/product-search): the
 * embedded in-process engine by default, Meilisearch when MEILISEARCH_HOST is
 * set (with the embedded engine behind it for failover). PostgreSQL's provider
 * stays registered, as in Medusa's defaults, so a provider switch can drop the
 * indexes it held.
 */
export function searchModule(env: NodeJS.ProcessEnv = process.env) {
  const meilisearchHost = env.MEILISEARCH_HOST || undefined
  return [
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } },
          { resolve: "@fairmade/product-search/providers/embedded-search", id: "embedded", options: {} },
          ...(meilisearchHost
            ? [
                {
                  resolve: "@fairmade/product-search/providers/meilisearch-search",
                  id: "meilisearch",
                  options: { host: meilisearchHost, api_key: env.MEILISEARCH_API_KEY || undefined },
                },
              ]
            : []),
        ],
        default_provider: meilisearchHost ? "meilisearch" : "embedded",
      },
    },
  ]
}
