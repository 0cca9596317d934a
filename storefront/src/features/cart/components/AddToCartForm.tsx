import { MAX_LINE_QUANTITY } from "../cart-forms";
import "./cart-forms.css";

interface Props {
  productId: string;
  productTitle: string;
  variantId: string;
  /** From the variant's stock: 0 is sold out; absent when stock does not limit it. */
  maxQuantity?: number | undefined;
  /** The product page lets the shopper choose how many; listing cards add one. */
  withQuantity?: boolean;
}

/**
 * A plain form that posts to the cart endpoint, so it works without JavaScript (the
 * answer is a redirect to the cart). Rendered as static HTML on cards and inside the
 * variant picker island; the header's enhancement script submits it in the background.
 */
export default function AddToCartForm({ productId, productTitle, variantId, maxQuantity, withQuantity = false }: Props) {
  const soldOut = maxQuantity === 0;
  const quantityId = `quantity-${variantId}`;
  return (
    <form className="add-to-cart" method="post" action="/api/cart/line-items" noValidate data-add-to-cart>
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variantId} />
      {withQuantity && !soldOut && (
        <p className="add-to-cart__quantity">
          <label htmlFor={quantityId}>Quantity</label>
          <input
            id={quantityId}
            className="quantity-input"
            type="number"
            name="quantity"
            defaultValue={1}
            min={1}
            max={Math.min(maxQuantity ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY)}
            inputMode="numeric"
            required
          />
        </p>
      )}
      <button type="submit" className="button add-to-cart__button" disabled={soldOut}>
        {soldOut ? "Out of stock" : "Add to cart"}
        {!withQuantity && <span className="visually-hidden">: {productTitle}</span>}
      </button>
      <p className="add-to-cart__status" role="status" data-add-to-cart-status></p>
    </form>
  );
}
