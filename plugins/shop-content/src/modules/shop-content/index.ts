import { Module } from "@medusajs/framework/utils"
import ShopContentModuleService from "./service"

export const SHOP_CONTENT_MODULE = "shop_content"

export default Module(SHOP_CONTENT_MODULE, { service: ShopContentModuleService })
