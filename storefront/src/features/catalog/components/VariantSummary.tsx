import type { PickerVariant } from "../product-view";

interface Props {
  variant: PickerVariant;
}

/** Price and stock of the chosen variant; announced to screen readers when it changes. */
export default function VariantSummary({ variant }: Props) {
  return (
    <div className="variant-summary" aria-live="polite">
      {variant.price ? (
        <p className="price price--large">
          {variant.originalPrice && (
            <>
              <s className="price__original">
                <span className="visually-hidden">Was </span>
                {variant.originalPrice}
              </s>{" "}
            </>
          )}
          <span className="price__current">
            {variant.originalPrice && <span className="visually-hidden">now </span>}
            {variant.price}
          </span>
        </p>
      ) : (
        <p className="price price--missing">Not available in your region</p>
      )}
      <p className={`stock stock--${variant.stock.level}`}>{variant.stock.label}</p>
    </div>
  );
}
