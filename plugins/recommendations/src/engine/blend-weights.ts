/** Fitted by `npm run recommend:evaluate -- --fit 2011-07` (see blend.ts); placeholder until fitted. */
export const BLEND_WEIGHTS: readonly number[] | null = null
