/** The contact form's fields, checked as the backend checks them, so a mistake shows next to its field. */
export const CONTACT_TOPICS = [
  { value: "order", label: "An order" },
  { value: "product", label: "A product" },
  { value: "returns", label: "A return" },
  { value: "stores", label: "Our stores" },
  { value: "privacy", label: "My data" },
  { value: "other", label: "Something else" },
] as const;

export type ContactTopic = (typeof CONTACT_TOPICS)[number]["value"];

export interface ContactValues {
  name: string;
  email: string;
  topic: ContactTopic;
  order_reference: string | null;
  message: string;
}

export type ContactRead = { ok: true; values: ContactValues } | { ok: false; errors: Partial<Record<keyof ContactValues, string>> };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

export function readContactForm(form: FormData): ContactRead {
  const values = {
    name: text(form, "name"),
    email: text(form, "email"),
    topic: text(form, "topic"),
    order_reference: text(form, "order_reference"),
    message: text(form, "message"),
  };
  const errors: Partial<Record<keyof ContactValues, string>> = {};
  if (!values.name) errors.name = "Give your name";
  else if (values.name.length > 200) errors.name = "Your name is too long (200 characters at most)";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email) || values.email.length > 320) errors.email = "Give an e-mail address we can answer to";
  if (!CONTACT_TOPICS.some((topic) => topic.value === values.topic)) errors.topic = "Choose what your message is about";
  if (values.order_reference.length > 40) errors.order_reference = "An order number is at most 40 characters";
  if (values.message.length < 10) errors.message = "Write your message (10 characters at least)";
  else if (values.message.length > 5000) errors.message = "Your message is too long (5,000 characters at most)";
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, values: { ...values, topic: values.topic as ContactTopic, order_reference: values.order_reference || null } };
}
