/**
 * Monthly splits of one Online Retail file: train on every line before month
 * m, test on month m's lines. The last months of the file are the splits the
 * README reports; an earlier one tunes the blend (fitBlendWeights).
 */
import type { RetailLine } from "../data/online-retail"
import { fitLogistic } from "../engine/blend"
import type { EngineOptions } from "../engine/options"
import { itemsPerUser } from "./evaluate"
import { trainRetailModel } from "./retail-model"

export type Split = { month: string; start: number; end: number; train: RetailLine[]; test: RetailLine[] }

/** "2011-10" → its first instant (UTC) and the next month's. */
export function monthBounds(month: string): { start: number; end: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) throw new Error(`Months are written YYYY-MM, not "${month}"`)
  const [year, index] = [Number(match[1]), Number(match[2]) - 1]
  return { start: Date.UTC(year, index, 1), end: Date.UTC(year, index + 1, 1) }
}

export function splitAt(lines: readonly RetailLine[], month: string): Split {
  const { start, end } = monthBounds(month)
  return { month, start, end, train: lines.filter((line) => line.time < start), test: lines.filter((line) => line.time >= start && line.time < end) }
}

/** The last `count` calendar months holding lines (the latest may be partial). */
export function lastMonths(lines: readonly RetailLine[], count: number): string[] {
  const months = new Set(lines.map((line) => new Date(line.time).toISOString().slice(0, 7)))
  return [...months].sort().slice(-count)
}

/**
 * Fits the blend's coefficients on one split: the model trained before the
 * month proposes its candidates for every customer who buys in the month,
 * labelled 1 when bought in it; a logistic regression learns the odds.
 */
export function fitBlendWeights(lines: readonly RetailLine[], month: string, options: Partial<EngineOptions> = {}): number[] {
  const { train, test, start } = splitAt(lines, month)
  const model = trainRetailModel(train, { ...options, blendWeights: null }, start)
  const rows: { x: number[]; y: number }[] = []
  for (const [user, bought] of itemsPerUser(test)) {
    if (!model.historyOf(user)) continue
    for (const { item, features } of model.blendCandidates(user, false)) rows.push({ x: features, y: bought.has(item) ? 1 : 0 })
  }
  return fitLogistic(rows)
}
