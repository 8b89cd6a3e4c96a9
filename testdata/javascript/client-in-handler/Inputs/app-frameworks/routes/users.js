const express = require("express");
const { Pool } = require("pg");

const router = express.Router();

router.get("/:id", async (req, res) => {
  // expect: connection-in-handler
  const pool = new Pool();
  res.json(await pool.query("select 1"));
});

module.exports = router;
