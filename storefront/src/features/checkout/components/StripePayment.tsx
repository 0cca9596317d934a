import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import { loadStripe } from "@stripe/stripe-js";
import { useMemo, useState } from "react";

interface Props {
  publishableKey: string;
  /** The PaymentIntent's secret, from the cart's Stripe payment session. */
  clientSecret: string;
  returnUrl: string;
  /** The place-order form, submitted once Stripe has accepted the card. */
  formId: string;
  payLabel: string;
}

/**
 * Stripe's Payment Element. Card details go from the browser straight to Stripe; once
 * Stripe accepts them (after 3-D Secure when the bank asks for it) the place-order form
 * is submitted and the server completes the cart, which checks the payment with Stripe.
 * Payment methods that leave the page come back to `returnUrl`, which does the same.
 */
export default function StripePayment(props: Props) {
  const stripe = useMemo(() => loadStripe(props.publishableKey), [props.publishableKey]);
  return (
    <Elements stripe={stripe} options={{ clientSecret: props.clientSecret }}>
      <CardForm {...props} />
    </Elements>
  );
}

function CardForm({ returnUrl, formId, payLabel }: Props) {
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function pay() {
    if (!stripe || !elements) return;
    setBusy(true);
    setError(undefined);
    const { error: invalid } = await elements.submit();
    const result = invalid
      ? { error: invalid }
      : await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } });
    if (result.error) {
      setError(result.error.message ?? "Your payment was not accepted. Please try again.");
      setBusy(false);
      return;
    }
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) form.requestSubmit();
  }

  return (
    <div className="stripe-payment">
      <PaymentElement />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button place-order__button" disabled={!stripe || busy} onClick={pay}>
        {busy ? "Paying…" : payLabel}
      </button>
    </div>
  );
}
