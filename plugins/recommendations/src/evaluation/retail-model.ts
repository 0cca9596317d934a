/**
 * Training on Online Retail lines exactly as production trains on stored
 * signals: the same builder, options and placements; only the item features
 * differ (title words and the design part of the StockCode instead of
 * category, tags and material).
 */
import { titleFeatures } from "../engine/content"
import { ModelBuilder } from "../engine/builder"
import type { RecommenderModel } from "../engine/model"
import type { EngineOptions } from "../engine/options"
import type { RetailLine } from "../data/online-retail"

/** `now`: the moment the model describes (a split's first day); the latest line by default. */
export function trainRetailModel(lines: readonly RetailLine[], options: Partial<EngineOptions> = {}, now?: number): RecommenderModel {
  const inTimeOrder = [...lines].sort((a, b) => a.time - b.time)
  return new ModelBuilder(options).addAll(inTimeOrder).build(retailFeatures(inTimeOrder), now)
}

/** Latest description's words, plus the design code: 85123A and 85123B are colours of one design. */
export function retailFeatures(lines: readonly RetailLine[]): Map<string, string[]> {
  const latestTitle = new Map<string, string>()
  for (const line of lines) latestTitle.set(line.item, line.description)
  const features = new Map<string, string[]>()
  for (const [item, title] of latestTitle) features.set(item, [...titleFeatures(title), `design:${item.replace(/[A-Z]+$/, "")}`])
  return features
}
