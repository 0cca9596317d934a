
      // Auto-generated index file for Medusa Admin UI extensions
    

const widgetModule = { widgets: [
  
] }
    import RouteComponent0, { config as HandleConfig0 } from "/work/wt-pickup-money/plugins/in-store-returns/src/admin/routes/store-returns/page.tsx"

const routeModule = { routes: [
    {
    Component: RouteComponent0,
    path: "/store-returns",
    handle: { label: HandleConfig0.label, translationNs: HandleConfig0.translationNs }
  }
]
 }
    import { config as RouteConfig0 } from "/work/wt-pickup-money/plugins/in-store-returns/src/admin/routes/store-returns/page.tsx"

const menuItemModule = { menuItems: [
    {
    label: RouteConfig0.label,
    icon: RouteConfig0.icon,
    path: "/store-returns",
    nested: undefined,
    rank: undefined,
    translationNs: undefined
  }
]
 }
    

const formModule = { customFields: {
  
} }
    

const displayModule = { 
    displays: {
      
    }
   }
    import { deepMerge } from "@medusajs/admin-shared"

const i18nModule = { resources: {} }
    

const cellRendererModule = {}
    

const layoutModule = { layouts: [
  
] }
    

const searchEntityModule = {}

    const plugin = {
      widgetModule,
      routeModule,
      menuItemModule,
      formModule,
      displayModule,
      i18nModule,
      cellRendererModule,
      layoutModule,
      searchEntityModule
    }

    export default plugin
    