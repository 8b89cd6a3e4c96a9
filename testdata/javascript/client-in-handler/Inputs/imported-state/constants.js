// Constants: a string, an environment read, a frozen object of literals.
exports.REGION = "eu-west-3";
exports.TABLE_REGION = process.env.TABLE_REGION;
exports.S3_OPTIONS = Object.freeze({ region: "eu-west-3", maxAttempts: 2 });
