module.exports.billing = () => ({ handler: "src/handlers/users.main" });
