/**
 * The demo shop: a maker of gifts and home decoration selling online and in
 * its own stores, with a catalogue built from real sales (see
 * backend/data/README.md).
 *
 *   cd backend && npx medusa exec ./src/scripts/seed.ts
 *
 * Runs once per database and seed version: it ends by writing
 * store.metadata.seed_version, and a later run that finds it changes nothing. A run that crashed half-way can
 * simply be run again: every step creates only what is missing.
 * Reads BACKEND_URL (default http://localhost:9000) for the product image URLs.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { required } from "./seed/create-missing"
import { ensureDefaultShippingProfile, ensureFulfillment, ensureStockLocations } from "./seed/fulfillment"
import { ensureInventoryLevels } from "./seed/inventory"
import { seedDemoOffers } from "./seed/offers"
import { SAMPLE_CSV } from "./seed/paths"
import { importRetailHistory, trainRecommendationsWorkflow } from "@fairmade/recommendations/workflows"
import { importRetailSalesHistory } from "@fairmade/shop-analytics/workflows"
import { ensureEveryStoreChannel } from "@fairmade/store-sales/lib/store-channel"
import { REGIONS, SEED_VERSION, WAREHOUSE } from "./seed/places"
import { ensureProducts } from "./seed/products"
import { loadSampleCatalogue } from "./seed/sample"
import {
  configureStore,
  ensurePublishableKey,
  ensureRegions,
  ensureWebShopSalesChannel,
  findStore,
  markSeeded,
} from "./seed/store-setup"

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const store = await findStore(container)
  if (store.metadata?.seed_version === SEED_VERSION) {
    logger.info(`Seed already applied (seed_version ${store.metadata.seed_version}): nothing to do.`)
    return
  }

  logger.info("Seeding the shop: sales channel, regions, taxes, stock locations…")
  const salesChannel = await ensureWebShopSalesChannel(container)
  const regions = await ensureRegions(container)
  const locations = await ensureStockLocations(container, salesChannel.id)
  await configureStore(container, store, {
    salesChannelId: salesChannel.id,
    regionId: required(regions, REGIONS[0].name).id,
    locationId: required(locations, WAREHOUSE.name).id,
  })
  await ensurePublishableKey(container, salesChannel.id)

  logger.info("Seeding delivery and click-and-collect options…")
  const shippingProfileId = await ensureDefaultShippingProfile(container)
  await ensureFulfillment(container, locations, shippingProfileId)
  logger.info("Seeding a sales channel per store (counter sales)…")
  await ensureEveryStoreChannel(container)

  const catalogue = loadSampleCatalogue()
  logger.info(`Seeding ${catalogue.length} products…`)
  const createdProducts = await ensureProducts(container, catalogue, { salesChannelId: salesChannel.id, shippingProfileId })
  const createdLevels = await ensureInventoryLevels(container, catalogue, locations)

  logger.info("Seeding promotions, the sale and friends' prices…")
  await seedDemoOffers(container)

  logger.info("Importing purchase history and training recommendations…")
  await importRetailHistory(container, SAMPLE_CSV)
  await trainRecommendationsWorkflow(container).run()
  await importRetailSalesHistory(container, SAMPLE_CSV, { onlyIfEmpty: true }) // past orders for the Performance page

  await markSeeded(container, store, SEED_VERSION)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  logger.info(`Seed ${SEED_VERSION} applied in ${seconds}s: ${createdProducts} products, ${createdLevels} stock levels.`)
}
