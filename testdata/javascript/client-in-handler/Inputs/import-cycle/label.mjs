export const label = () => "b";
console.log("loaded");
