import { Module } from "@medusajs/framework/utils"
import DatabaseHealthModuleService from "./service"
import shortConnectionWaits from "./loaders/short-connection-waits"

export const DATABASE_HEALTH_MODULE = "database_health"

export default Module(DATABASE_HEALTH_MODULE, { service: DatabaseHealthModuleService, loaders: [shortConnectionWaits] })
