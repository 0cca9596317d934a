// The demo's store staff: one member per store and one who works at all of them.
// Their passwords are generated once per install into backend/.env (see secrets.mjs);
// `stores` are the seeded stores' handles (backend/src/scripts/seed/places.ts).
export const DEMO_STAFF = [
  { passwordKey: "DEMO_STAFF_LYON_PASSWORD", email: "lyon.staff@fairmade.local", first_name: "Léa", last_name: "Rousseau", stores: ["lyon-part-dieu"] },
  { passwordKey: "DEMO_STAFF_PARIS_PASSWORD", email: "paris.staff@fairmade.local", first_name: "Hugo", last_name: "Lambert", stores: ["paris-le-marais"] },
  { passwordKey: "DEMO_STAFF_LONDON_PASSWORD", email: "london.staff@fairmade.local", first_name: "Amelia", last_name: "Clarke", stores: ["london-covent-garden"] },
  { passwordKey: "DEMO_STAFF_ALL_STORES_PASSWORD", email: "stores.staff@fairmade.local", first_name: "Sam", last_name: "Moreau", stores: "all" },
]

/** The logins with their passwords from backend/.env's values. */
export const demoStaffLogins = (secrets) => DEMO_STAFF.map(({ passwordKey, ...member }) => ({ ...member, password: secrets[passwordKey] }))
