// Add-to-cart and cart-completion latencies through the Store API, one
// shopper at a time, as a storefront server would call it.
const ITERATIONS = Number(process.env.BENCH_CHECKOUTS ?? 30)
const ADDRESS = { first_name: "Bench", last_name: "Shopper", address_1: "1 place Bellecour", city: "Lyon", postal_code: "69002", country_code: "fr" }

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  return { n: sorted.length, median_ms: Math.round(percentile(sorted, 50)), p95_ms: Math.round(percentile(sorted, 95)) }
}

function storeClient(backend, publishableKey) {
  return async (method, url, body) => {
    const response = await fetch(`${backend}${url}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json()
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${data.message}`)
    return data
  }
}

async function timed(work) {
  const start = performance.now()
  const result = await work()
  return { result, ms: performance.now() - start }
}

export async function measureCheckout({ backend, publishableKey }) {
  const call = storeClient(backend, publishableKey)
  const { regions } = await call("GET", "/store/regions")
  const region = regions.find((candidate) => candidate.currency_code === "eur")
  const { products } = await call("GET", "/store/products?limit=100&fields=+variants.inventory_quantity")
  const variant = products.flatMap((product) => product.variants).sort((a, b) => b.inventory_quantity - a.inventory_quantity)[0]

  // Once the shop has published terms of sale (shop-content), a cart needs the version accepted.
  const terms = await call("GET", "/store/shop-content/terms").catch(() => null)
  const metadata = terms?.document ? { terms_version: terms.document.version } : {}
  const addToCart = []
  const completion = []
  for (let i = 0; i < ITERATIONS; i++) {
    const { cart } = await call("POST", "/store/carts", { region_id: region.id })
    const added = await timed(() => call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }))
    addToCart.push(added.ms)
    await call("POST", `/store/carts/${cart.id}`, { email: `bench${i}@fairmade.test`, shipping_address: ADDRESS, billing_address: ADDRESS, metadata })
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
    const standard = shipping_options.find((option) => option.name === "Standard delivery")
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: standard.id })
    const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const completed = await timed(() => call("POST", `/store/carts/${cart.id}/complete`, {}))
    if (completed.result.type !== "order") throw new Error(`cart ${cart.id} did not become an order: ${JSON.stringify(completed.result.error)}`)
    completion.push(completed.ms)
  }
  const figures = { add_to_cart: summarise(addToCart), cart_completion: summarise(completion) }
  console.log(`Add to cart: median ${figures.add_to_cart.median_ms} ms, p95 ${figures.add_to_cart.p95_ms} ms`)
  console.log(`Cart completion: median ${figures.cart_completion.median_ms} ms, p95 ${figures.cart_completion.p95_ms} ms`)
  return figures
}
