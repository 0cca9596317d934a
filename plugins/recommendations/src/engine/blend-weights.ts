/**
 * The blend's coefficients, one per BLEND_FEATURES entry (engine/blend.ts), fitted on the
 * July 2011 split of Online Retail (train before 2011-07-01, labels = July's purchases) by
 * `npm run recommend:evaluate -- --fit 2011-07`, and judged on August to November.
 */
export const BLEND_WEIGHTS: readonly number[] | null = [-5.24063,0.389827,0.158777,0.762179,0.81658,0.31146,0.03948,0.367965,-0.0502081,1.32607,0.906649,2.47239,0.501218,0.2744,-0.794075,-1.18733,2.44413,-0.0652116,-3.2098,0.0160021,0.0697328,-0.21499,-0.0640635,-0.0758969,-0.174009,0.0919141,0.389827,-0.27892,-0.0805308,-0.0885471,0.049716,0.0697328,0.0486186,-0.124188,-0.41809,-0.270608,0.0612483,0.0899879,0.367494]
