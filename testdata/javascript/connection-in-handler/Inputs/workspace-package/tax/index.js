exports.rate = (country) => (country === "DE" ? 0.19 : 0.2);
