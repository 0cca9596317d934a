/** A complete French delivery address, for the checkout's unit tests. */
export const LYON_ADDRESS = {
  first_name: "Camille",
  last_name: "Martin",
  address_1: "12 rue de la Paix",
  city: "Lyon",
  postal_code: "69001",
  country_code: "fr",
};
