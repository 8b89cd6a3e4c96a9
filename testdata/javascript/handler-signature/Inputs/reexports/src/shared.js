module.exports = require("../shared/respond");
