import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProviderService } from "./service"

/** Meilisearch as a Search Module provider (`@fairmade/product-search/providers/meilisearch-search`). */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProviderService] })
