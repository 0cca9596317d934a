/** The recommendation engine: pure TypeScript, no Medusa, usable offline and in the backend alike. */
export { ModelBuilder } from "./builder"
export { RecommenderModel } from "./model"
export { recommend, PLACEMENTS, type Placement, type PlacementRequest } from "./placements"
export { DEFAULT_OPTIONS, withDefaults, type EngineOptions } from "./options"
export { titleFeatures } from "./content"
export { sessionForYou, recentlyViewedIn, type SessionSignal } from "./session"
export type { Interaction, ItemFeatures, Scored, SignalKind } from "./types"
