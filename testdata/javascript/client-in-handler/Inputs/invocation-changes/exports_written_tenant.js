const cfg = require("./exports_written_cfg");

exports.apply = (event) => {
  cfg.region = event.region;
};
