/**
 * Popularity with recency: purchase occasions weighted by a growing time
 * weight (see decay.ts), so what sells now outranks last year's hit. The
 * answer for shoppers we know nothing about, and the backfill of every list.
 */
import { addScore, topK } from "./ranking"
import type { Scored } from "./types"

export class PopularityCounts {
  private readonly weights = new Map<string, number>()

  add(item: string, weight: number): void {
    addScore(this.weights, item, weight)
  }

  ranking(limit = Infinity): Scored[] {
    return topK(this.weights, limit)
  }
}
