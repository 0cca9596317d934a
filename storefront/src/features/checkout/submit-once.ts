/**
 * A second click on a submit button does nothing while the first submission is on its
 * way: the button is disabled and says so. The server does not rely on this (placing an
 * order is idempotent there); it only spares the shopper a confusing double post.
 */
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches("[data-submit-once]")) return;
  if (form.dataset.submitting === "true") {
    event.preventDefault();
    return;
  }
  form.dataset.submitting = "true";
  for (const button of form.querySelectorAll<HTMLButtonElement>("button[type=submit]")) {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    if (button.dataset.busyLabel) button.textContent = button.dataset.busyLabel;
  }
});

// Coming back with the Back button shows the page as it was left: let its forms be sent again.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-submit-once]")) {
    delete form.dataset.submitting;
    for (const button of form.querySelectorAll<HTMLButtonElement>("button[type=submit]")) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }
});
