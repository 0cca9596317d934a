/**
 * The recommendation engine on small fixtures with answers worked out by hand.
 * Pure TypeScript: no application boots here.
 */
import { ModelBuilder } from "../../plugins/recommendations/src/engine/builder"
import { DAY_MS, growingWeight } from "../../plugins/recommendations/src/engine/decay"
import { recommend } from "../../plugins/recommendations/src/engine/placements"
import type { Interaction, SignalKind } from "../../plugins/recommendations/src/engine/types"
import { parseCsvLine } from "../../plugins/recommendations/src/data/csv"
import { toRetailLine } from "../../plugins/recommendations/src/data/online-retail"
import { scoreRanking } from "../../plugins/recommendations/src/evaluation/metrics"
import { recentlyViewedIn, sessionForYou, type SessionSignal } from "../../plugins/recommendations/src/engine/session"
import { DEFAULT_OPTIONS } from "../../plugins/recommendations/src/engine/options"
import { precomputeResults } from "../../plugins/recommendations/src/training/precompute"
import { FULL_RETRAIN_EVERY_MS, planTraining, type PreviousRuns } from "../../plugins/recommendations/src/training/plan"
import { customersIn, trainFromSignals, trainModel } from "../../plugins/recommendations/src/training/train"
import { toInteractions } from "../../plugins/recommendations/src/training/signals"
import { easeScores, invertSymmetric, trainEase } from "../../plugins/recommendations/src/engine/ease"
import { BLEND_FEATURES, fitLogistic } from "../../plugins/recommendations/src/engine/blend"
import { BLEND_WEIGHTS } from "../../plugins/recommendations/src/engine/blend-weights"
import type { EngineOptions } from "../../plugins/recommendations/src/engine/options"
import { checkSignalCaps, signalCaps } from "../../plugins/recommendations/src/serving/signal-caps"
import { retentionCutoff } from "../../plugins/recommendations/src/training/retention"

const T0 = Date.UTC(2011, 0, 1)
// No decay, no shrinkage, alpha 0.5: similarities are plain cosines of whole counts.
const EXACT = { itemHalfLifeDays: Infinity, userHalfLifeDays: Infinity, repeatHalfLifeDays: Infinity, similarityShrinkage: 0, similarityAlpha: 0.5 }

const signal = (user: string, item: string, day: number, basket = `${user}-${day}`, kind: SignalKind = "purchase"): Interaction => ({
  kind,
  user,
  item,
  time: T0 + day * DAY_MS,
  basket,
})

/**
 * u1 buys A+B, u2 buys A+B+C, u3 buys A+C, u4 buys D; u1 comes back for A.
 * So C(A,B) = 2, C(A,C) = 2, C(B,C) = 1, D co-occurs with nothing; W(A) = 3, W(B) = W(C) = 2.
 */
const ORDERS: Interaction[] = [
  signal("u1", "A", 1),
  signal("u1", "B", 1),
  signal("u2", "A", 2),
  signal("u2", "B", 2),
  signal("u2", "C", 2),
  signal("u3", "A", 3),
  signal("u3", "C", 3),
  signal("u4", "D", 3),
  signal("u1", "A", 10),
]
const items = (list: { item: string }[]) => list.map(({ item }) => item)

describe("co-occurrence counts", () => {
  it("counts each pair once per shopper who took both", () => {
    const counts = new ModelBuilder(EXACT).addAll(ORDERS).cooccurrence
    expect(counts.count("A", "B")).toBe(2)
    expect(counts.count("B", "A")).toBe(2)
    expect(counts.count("A", "C")).toBe(2)
    expect(counts.count("B", "C")).toBe(1)
    expect(counts.count("A", "D")).toBe(0)
    expect(counts.itemWeight("A")).toBe(3)
  })

  it("gives the same counts and answers trained in one go or incrementally", () => {
    const whole = new ModelBuilder(EXACT).addAll(ORDERS)
    const incremental = new ModelBuilder(EXACT).addAll(ORDERS.slice(0, 4))
    incremental.addAll(ORDERS.slice(4))
    for (const [a, b] of [["A", "B"], ["A", "C"], ["B", "C"]]) expect(incremental.cooccurrence.count(a, b)).toBe(whole.cooccurrence.count(a, b))
    expect(incremental.build().similarTo(["B"], 3)).toEqual(whole.build().similarTo(["B"], 3))
  })

  it("counts a view later bought as bought, not twice", () => {
    const counts = new ModelBuilder(EXACT).addAll([
      signal("v", "A", 1, "x", "view"),
      signal("v", "B", 1, "x", "view"),
      signal("v", "A", 2),
      signal("v", "B", 2),
    ]).cooccurrence
    expect(counts.count("A", "B")).toBeCloseTo(1)
    expect(counts.itemWeight("A")).toBeCloseTo(1)
  })

  it("weighs an event one half-life older half as much", () => {
    expect(growingWeight(T0, T0, 30) / growingWeight(T0 + 30 * DAY_MS, T0, 30)).toBeCloseTo(0.5)
  })

  it("ranks neighbours by cosine: B → A (2/√6) before B → C (1/√4)", () => {
    const similar = new ModelBuilder(EXACT).addAll(ORDERS).build().similarTo(["B"], 2)
    expect(items(similar)).toEqual(["A", "C"])
    expect(similar[0].score).toBeCloseTo(2 / Math.sqrt(6))
    expect(similar[1].score).toBeCloseTo(0.5)
  })
})

describe("cold start", () => {
  const model = new ModelBuilder(EXACT).addAll(ORDERS).build(
    new Map([
      ["D", ["category:candles", "material:wax"]],
      ["N", ["category:candles", "material:wax"]],
      ["A", ["category:mugs"]],
    ]),
  )

  it("shows a shopper it does not know what sells most (purchase occasions: A 4, B 2, C 2, D 1)", () => {
    expect(items(model.home("stranger", 4))).toEqual(["A", "B", "C", "D"])
    expect(items(model.home(null, 2))).toEqual(["A", "B"])
  })

  it("finds neighbours for a product nobody bought yet through its category and material", () => {
    expect(items(model.similarTo(["N"], 1))).toEqual(["D"])
  })

  it("offers that new product to a shopper who bought its look-alike", () => {
    expect(items(model.forYou("u4", 1))).toEqual(["N"])
  })
})

describe("previously bought items, per placement", () => {
  const model = new ModelBuilder(EXACT).addAll(ORDERS).build()

  it("for you: never what the shopper bought", () => {
    const list = items(model.forYou("u1", 3))
    expect(list[0]).toBe("C")
    expect(list).not.toContain("A")
    expect(list).not.toContain("B")
  })

  it("buy again: only what the shopper bought, the item bought twice first", () => {
    expect(items(model.buyAgain("u1", 5))).toEqual(["A", "B"])
  })

  it("home: re-orders and discoveries together", () => {
    const list = items(recommend(model, { placement: "home", user: "u1" }, 3))
    expect(list).toEqual(expect.arrayContaining(["A", "B", "C"]))
  })

  it("account: re-orders first, then discoveries", () => {
    expect(items(recommend(model, { placement: "account", user: "u1" }, 3))).toEqual(["A", "B", "C"])
  })

  it("product: never the product itself, whoever looks", () => {
    expect(items(recommend(model, { placement: "product", items: ["A"] }, 4))).toEqual(["B", "C", "D"])
  })

  it("cart: complements of the cart, minus what is in it", () => {
    expect(items(recommend(model, { placement: "cart", items: ["A", "B"] }, 2))).toEqual(["C", "D"])
  })

  it("recently viewed: latest first", () => {
    const viewer = new ModelBuilder(EXACT).addAll([signal("v", "X", 1, "x", "view"), signal("v", "Y", 2, "y", "view"), signal("v", "Z", 3)]).build()
    expect(items(viewer.recentlyViewed("v", 5))).toEqual(["Y", "X"])
  })
})

describe("production plumbing", () => {
  it("keeps anonymous visitors and customers apart", () => {
    const rows = [
      { type: "view" as const, product_id: "p", customer_id: null, anonymous_id: "abc", basket_id: null, created_at: "2011-01-01T00:00:00Z" },
      { type: "view" as const, product_id: "p", customer_id: "abc", anonymous_id: null, basket_id: null, created_at: "2011-01-01T00:00:00Z" },
      { type: "view" as const, product_id: "p", customer_id: null, anonymous_id: null, basket_id: null, created_at: "2011-01-01T00:00:00Z" },
    ]
    expect(toInteractions(rows).map((interaction) => interaction.user)).toEqual(["anonymous:abc", "abc"])
  })

  it("precomputes only products still for sale", () => {
    const model = new ModelBuilder(EXACT).addAll(ORDERS).build()
    const results = precomputeResults(model, ["A", "B"], ["u1"], 5)
    const product = results.find((result) => result.placement === "product" && result.key === "A")!
    expect(product.items.map((entry) => entry.product_id)).toEqual(["B"])
    expect(results.map((result) => `${result.placement}|${result.key}`).sort()).toEqual([
      "account|u1",
      "home|*",
      "home|u1",
      "neighbours|A",
      "neighbours|B",
      "product|A",
      "product|B",
    ])
    // Raw neighbours carry no popularity padding: D (never bought with A or B) is absent.
    expect(results.find((result) => result.placement === "neighbours" && result.key === "A")!.items.map((entry) => entry.product_id)).toEqual(["B"])
  })
})

describe("reading and scoring Online Retail files", () => {
  it("parses quoted fields holding commas and quotes", () => {
    expect(parseCsvLine('536365,"SET OF 3 CAKE TINS, ""PANTRY""",6')).toEqual(["536365", 'SET OF 3 CAKE TINS, "PANTRY"', "6"])
  })

  it("keeps real sales by known customers only", () => {
    const line = (InvoiceNo: string, StockCode: string, Quantity: string, CustomerID: string) =>
      toRetailLine({ InvoiceNo, StockCode, Description: "MUG", Quantity, InvoiceDate: "2011-01-02 10:00:00", UnitPrice: "1.5", CustomerID, Country: "UK" })
    expect(line("536365", "85123a", "6", "17850.0")).toEqual(expect.objectContaining({ user: "17850", item: "85123A", basket: "536365", time: Date.UTC(2011, 0, 2, 10) }))
    expect(line("C536379", "85123A", "-1", "17850.0")).toBeNull()
    expect(line("536365", "POST", "1", "17850.0")).toBeNull()
    expect(line("536365", "85123A", "6", "")).toBeNull()
  })

  it("scores a ranking: one hit of two relevant items, at position 2", () => {
    const scores = scoreRanking(["a", "b", "c"], new Set(["b", "z"]), 3)
    expect(scores.hitRate).toBe(1)
    expect(scores.recall).toBe(0.5)
    expect(scores.ndcg).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3)))
  })
})

describe("sessions: shoppers training has not seen", () => {
  const model = new ModelBuilder(EXACT).addAll(ORDERS).build()
  const neighboursOf = (item: string) => model.neighboursOf(item, 10)
  const popular = model.popular(10)
  const view = (item: string, day: number, kind: SignalKind = "view"): SessionSignal => ({ kind, item, time: T0 + day * DAY_MS })

  it("with no signals, answers with what sells", () => {
    expect(items(sessionForYou([], neighboursOf, popular, 3, DEFAULT_OPTIONS))).toEqual(["A", "B", "C"])
  })

  it("follows the visitor's views: B viewed → A first (B's best neighbour), and B itself left out", () => {
    const list = items(sessionForYou([view("B", 1)], neighboursOf, popular, 3, DEFAULT_OPTIONS))
    expect(list[0]).toBe("A")
    expect(list).not.toContain("B")
  })

  it("changes after more signals: C added to cart and A viewed → both left out, D is what remains", () => {
    const before = items(sessionForYou([view("B", 1)], neighboursOf, popular, 2, DEFAULT_OPTIONS))
    const after = items(sessionForYou([view("B", 1), view("C", 2, "add_to_cart"), view("A", 3)], neighboursOf, popular, 2, DEFAULT_OPTIONS))
    expect(after).not.toEqual(before)
    expect(after).toEqual(["D"])
  })

  it("recently viewed: newest view first, each item once, excluded items and add-to-carts left out", () => {
    const signals = [view("X", 1), view("Y", 2), view("X", 3), view("Z", 4, "add_to_cart"), view("W", 5)]
    expect(recentlyViewedIn(signals, 5, new Set(["W"]))).toEqual(["X", "Y"])
    expect(recentlyViewedIn(signals, 1)).toEqual(["W"])
  })
})

describe("scheduled training: skip, incremental or full", () => {
  const now = new Date("2026-11-26T12:00:00Z")
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000)
  const runs: PreviousRuns = { last: { id: "run_1", created_at: hoursAgo(1), signals_until: hoursAgo(1) }, lastFullAt: hoursAgo(5) }
  const none = { signals: 0, merged: 0, products: 0 }
  const mode = (...args: Parameters<typeof planTraining>) => planTraining(...args).mode

  it("skips when nothing changed since the last run", () => {
    expect(planTraining("auto", runs, none, true, now)).toEqual({ mode: "skip", reason: "nothing changed since the last run", since: runs.last!.signals_until })
  })

  it("adds only new signals to the model it holds", () => {
    expect(planTraining("auto", runs, { ...none, signals: 3 }, true, now)).toEqual({ mode: "incremental", reason: "3 new signals", since: runs.last!.signals_until })
  })

  it("retrains in full on demand, first, daily, after merges or catalogue changes, or without a model in memory", () => {
    expect(mode("full", runs, none, true, now)).toBe("full")
    expect(mode("auto", { last: null, lastFullAt: null }, none, false, now)).toBe("full")
    expect(mode("auto", { ...runs, lastFullAt: new Date(now.getTime() - FULL_RETRAIN_EVERY_MS) }, none, true, now)).toBe("full")
    expect(mode("auto", runs, { signals: 2, merged: 1, products: 0 }, true, now)).toBe("full")
    expect(mode("auto", runs, { ...none, products: 1 }, true, now)).toBe("full")
    expect(mode("auto", runs, { ...none, signals: 2 }, false, now)).toBe("full")
  })

  it("an incremental run gives the same lists as a full one for the products and the customers with new signals", () => {
    const row = (customer_id: string, product_id: string, day: number) => ({
      type: "purchase" as const,
      product_id,
      customer_id,
      anonymous_id: null,
      basket_id: `${customer_id}-${day}`,
      created_at: new Date(T0 + day * DAY_MS).toISOString(),
    })
    const old = [row("c1", "A", 1), row("c1", "B", 1), row("c2", "A", 2), row("c2", "C", 2)]
    const fresh = [row("c3", "B", 3), row("c3", "C", 3)]
    const catalogue = ["A", "B", "C"].map((id) => ({ id }))
    const builder = new ModelBuilder()
    trainModel(builder, old, catalogue, customersIn(old))
    const incremental = trainModel(builder, fresh, catalogue, customersIn(fresh))
    expect(incremental.filter((list) => list.placement === "home" && list.key !== "*").map((list) => list.key)).toEqual(["c3"])
    const full = trainFromSignals([...old, ...fresh], catalogue)
    for (const list of incremental) expect(list).toEqual(full.find((other) => other.placement === list.placement && other.key === list.key))
  })
})

describe("EASE: the closed-form item model", () => {
  it("inverts a symmetric positive definite matrix in place (upper triangle)", () => {
    const n = 30
    const full = new Float64Array(n * n)
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) full[i * n + j] = full[j * n + i] = i === j ? n : Math.sin(i * 7 + j * 3)
    const upper = full.slice()
    invertSymmetric(upper, n)
    const inverse = (i: number, j: number) => (i <= j ? upper[i * n + j] : upper[j * n + i])
    let worst = 0
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0
        for (let k = 0; k < n; k++) sum += full[i * n + k] * inverse(k, j)
        worst = Math.max(worst, Math.abs(sum - (i === j ? 1 : 0)))
      }
    }
    expect(worst).toBeLessThan(1e-12)
  })

  it("learns B = I − P·diag(1/diag P) with a zero diagonal: on a 2-item example, B_12 = G_12 / (G_11 + λ)", () => {
    // Shoppers: {A, B}, {A, B}, {A}: G = [[3, 2], [2, 2]], λ = 1.
    const rows = [{ indexes: [0, 1], values: [1, 1] }, { indexes: [0, 1], values: [1, 1] }, { indexes: [0], values: [1] }]
    const model = trainEase(["A", "B"], rows, 1)
    expect(model.weights[0]).toBe(0)
    expect(model.weights[3]).toBe(0)
    // With two items, B_ij is the ridge regression of j on i: G_ij / (G_ii + λ): A → B = 2/4, B → A = 2/3.
    expect(model.weights[1]).toBeCloseTo(2 / 4)
    expect(model.weights[2]).toBeCloseTo(2 / 3)
    expect([...easeScores(model, { indexes: [0], values: [1] })]).toEqual([0, expect.closeTo(2 / 4)])
  })

  it("puts an item bought with the shopper's items first in their home row, before padding with what sells", () => {
    const orders = [
      ...["u1", "u2", "u3", "u4"].flatMap((user, day) => [signal(user, "A", day), signal(user, "B", day)]),
      ...["u5", "u6", "u7", "u8", "u9"].map((user, day) => signal(user, "P", day)),
      signal("me", "A", 10),
    ]
    const model = new ModelBuilder({ ...EXACT, blendWeights: null }).addAll(orders).build()
    const scores = model.easeOf("me")
    expect(scores.get("B")!).toBeGreaterThan(scores.get("P")!)
    expect(items(model.forYou("me", 2))).toEqual(["B", "P"])
  })
})

describe("the learned blend", () => {
  it("fits a logistic regression that ranks by the feature that predicts the label", () => {
    const rows = Array.from({ length: 400 }, (_, i) => {
      const signalValue = (i % 20) / 20
      const noise = ((i * 7919) % 13) / 13
      return { x: [1, signalValue, noise], y: signalValue > 0.5 ? (i % 3 === 0 ? 0 : 1) : i % 7 === 0 ? 1 : 0 }
    })
    const weights = fitLogistic(rows)
    expect(weights).toHaveLength(3)
    expect(weights[1]).toBeGreaterThan(1)
    expect(Math.abs(weights[2])).toBeLessThan(weights[1] / 4)
  })

  it("ships one coefficient per feature", () => {
    expect(BLEND_WEIGHTS).toHaveLength(BLEND_FEATURES.length)
  })

  it("ranks a shopper's regular re-order and EASE's best new item above a one-off bought long ago", () => {
    const orders = [
      ...[1, 30, 60, 90].flatMap((day) => [signal("me", "REGULAR", day)]),
      signal("me", "ONE-OFF", 1, "me-old"),
      ...["u1", "u2", "u3"].flatMap((user, day) => [signal(user, "REGULAR", day + 80), signal(user, "NEW", day + 80)]),
    ]
    const model = new ModelBuilder().addAll(orders).build()
    const row = items(recommend(model, { placement: "home", user: "me" }, 3))
    expect(row[0]).toBe("REGULAR")
    expect(row.indexOf("NEW")).toBeLessThan(row.indexOf("ONE-OFF"))
  })
})

describe("robust signals", () => {
  /** Customers buy P with its real companion C; a crowd of fresh anonymous visitors pair P with T. */
  const history: Interaction[] = [
    ...["c1", "c2", "c3", "c4", "c5"].flatMap((user, day) => [signal(user, "P", day), signal(user, "C", day)]),
    ...["c6", "c7"].flatMap((user, day) => [signal(user, "T", day), signal(user, "X", day)]),
  ]
  const attack: Interaction[] = Array.from({ length: 150 }, (_, i) => [
    { ...signal(`anonymous:bot-${i}`, "P", 20, `bot-${i}`, "view"), anonymous: true },
    { ...signal(`anonymous:bot-${i}`, "T", 20, `bot-${i}`, "add_to_cart"), anonymous: true },
  ]).flat()
  const goesWellWith = (options: Partial<EngineOptions>, signals: Interaction[]) =>
    items(recommend(new ModelBuilder({ ...options, blendWeights: null, easeItems: 0 }).addAll(signals).build(), { placement: "product", items: ["P"] }, 3))

  it("150 anonymous visitors pairing P with T do not move P's 'Goes well with' row", () => {
    expect(goesWellWith({}, [...history, ...attack])).toEqual(goesWellWith({}, history))
    expect(goesWellWith({}, [...history, ...attack])[0]).toBe("C")
  })

  it("…which they did when anonymous signals counted in full and uncapped", () => {
    expect(goesWellWith({ anonymousWeight: 1, anonymousPairAllowance: Infinity }, [...history, ...attack])[0]).toBe("T")
  })

  it("marks visitors' views and add-to-carts as anonymous evidence, never purchases or imported history", () => {
    const row = (type: "view" | "purchase", customer_id: string | null, anonymous_id: string | null) =>
      ({ type, product_id: "p", customer_id, anonymous_id, basket_id: null, created_at: "2011-01-01T00:00:00Z" })
    expect(toInteractions([row("view", null, "abc12345"), row("view", "cus_1", null), row("purchase", "cus_1", null), row("purchase", null, "online-retail:17850")]).map((i) => i.anonymous ?? false)).toEqual([true, false, false, false])
  })

  it("caps signals per shopper and per address per hour, refusing a batch that would go beyond", () => {
    const caps = { perShopper: 10, perAddress: 25 }
    expect(checkSignalCaps({ shopper: 9, address: 0 }, 1, caps)).toEqual({ allowed: true })
    expect(checkSignalCaps({ shopper: 9, address: 0 }, 2, caps)).toEqual({ allowed: false, cap: "shopper", limit: 10, used: 9 })
    expect(checkSignalCaps({ shopper: 0, address: 24 }, 2, caps)).toEqual({ allowed: false, cap: "address", limit: 25, used: 24 })
    expect(signalCaps({ RECOMMENDATION_SIGNALS_PER_SHOPPER_HOUR: "5" })).toEqual({ perShopper: 5, perAddress: 2000 })
    expect(signalCaps({ RECOMMENDATION_SIGNALS_PER_ADDRESS_HOUR: "nonsense" })).toEqual({ perShopper: 200, perAddress: 2000 })
  })

  it("keeps signals 13 calendar months", () => {
    expect(retentionCutoff(new Date("2026-12-07T10:00:00Z")).toISOString()).toBe("2025-11-07T10:00:00.000Z")
  })
})
