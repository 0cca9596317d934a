export * from "./sync-search-index"
export * from "./reindex-all-products"
