/** Offline training and evaluation on Online Retail files, for the scripts in /scripts. */
export { readRetailLines, type RetailLine } from "../data/online-retail"
export { parseCsvLine } from "../data/csv"
export { trainRetailModel, retailFeatures } from "./retail-model"
export { evaluate, plainPopularity, itemsPerUser } from "./evaluate"
export { recommend } from "../engine/placements"
