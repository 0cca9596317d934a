import { Module } from "@medusajs/framework/utils"
import DatabaseHealthModuleService from "./service"

export const DATABASE_HEALTH_MODULE = "database_health"

export default Module(DATABASE_HEALTH_MODULE, { service: DatabaseHealthModuleService })
