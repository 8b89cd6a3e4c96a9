// Its export has another name than the configuration says.
export const run = async (event) => event;
