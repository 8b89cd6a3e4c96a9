// A script that loads the store too, without calling putItem.
import "./store.mjs";
