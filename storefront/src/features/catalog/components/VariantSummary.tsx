import AddToCartForm from "../../cart/components/AddToCartForm";
import type { PickerVariant } from "../product-view";
import PriceLabel from "./PriceLabel";

interface Props {
  productId: string;
  productTitle: string;
  variant: PickerVariant;
}

/**
 * Price, stock and the add-to-cart form of the chosen variant; price and stock are
 * announced to screen readers when the choice changes.
 */
export default function VariantSummary({ productId, productTitle, variant }: Props) {
  return (
    <>
      <div className="variant-summary" aria-live="polite">
        {variant.price ? (
          <PriceLabel className="price price--large" price={variant.price} originalPrice={variant.originalPrice} />
        ) : (
          <p className="price price--missing">Not available in your region</p>
        )}
        <p className={`stock stock--${variant.stock.level}`}>{variant.stock.label}</p>
      </div>
      {variant.price && (
        <AddToCartForm
          productId={productId}
          productTitle={productTitle}
          variantId={variant.id}
          maxQuantity={variant.maxQuantity}
          withQuantity
        />
      )}
    </>
  );
}
