
      // Auto-generated index file for Medusa Admin UI extensions
    

const widgetModule = { widgets: [
  
] }
    import RouteComponent0, { config as HandleConfig0 } from "/work/wt-pickup-money/plugins/shop-core/src/admin/routes/store-staff/page.tsx"

const routeModule = { routes: [
    {
    Component: RouteComponent0,
    path: "/store-staff",
    handle: { label: HandleConfig0.label, translationNs: HandleConfig0.translationNs }
  }
]
 }
    import { config as RouteConfig0 } from "/work/wt-pickup-money/plugins/shop-core/src/admin/routes/store-staff/page.tsx"

const menuItemModule = { menuItems: [
    {
    label: RouteConfig0.label,
    icon: RouteConfig0.icon,
    path: "/store-staff",
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
    