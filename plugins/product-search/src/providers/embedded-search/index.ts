import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { EmbeddedSearchProviderService } from "./service"

/** The in-process engine as a Search Module provider (`@fairmade/product-search/providers/embedded-search`). */
export default ModuleProvider(Modules.SEARCH, { services: [EmbeddedSearchProviderService] })
