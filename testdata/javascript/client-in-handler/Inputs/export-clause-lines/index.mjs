// An export clause whose 'from' is on the next line (valid ES: no
// automatic semicolon there) re-exports as the one-line form does.
export { create as handler }
from "./service.mjs";
