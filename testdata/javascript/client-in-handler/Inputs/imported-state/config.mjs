// An ES module's `export let` is a live binding its functions change.
export let region = "us-east-1";
export const opts = { region: "us-east-1" };
export function setRegion(value) {
  region = value;
}
