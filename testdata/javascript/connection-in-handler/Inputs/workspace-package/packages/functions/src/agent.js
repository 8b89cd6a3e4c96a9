const http = require("http");
const axios = require("axios");

exports.handler = async (event) => {
  // expect: connection-in-handler[hoistable]
  const agent = new http.Agent({ keepAlive: true });
  return axios.get(process.env.URL, { httpAgent: agent });
};
