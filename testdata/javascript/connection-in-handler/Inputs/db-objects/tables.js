const { Repo } = require("./lib/repo");

exports.handler = async (event) => Repo.find(event.id);
