/** Offline training and evaluation on Online Retail files, for the scripts in /scripts. */
export { readRetailLines, type RetailLine } from "../data/online-retail"
export { parseCsvLine } from "../data/csv"
export { trainRetailModel, retailFeatures } from "./retail-model"
export { evaluate, plainPopularity, itemsPerUser, ownHistoryBaseline, itemKnnBaseline } from "./evaluate"
export { splitAt, lastMonths, monthBounds, fitBlendWeights } from "./splits"
export { recommend } from "../engine/placements"
export { BLEND_FEATURES } from "../engine/blend"
