import { Module } from "@medusajs/framework/utils"
import StoreReturnModuleService from "./service"

export const STORE_RETURN_MODULE = "store_return"

export default Module(STORE_RETURN_MODULE, { service: StoreReturnModuleService })
