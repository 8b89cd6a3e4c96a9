const express = require("express");
const { Pool } = require("pg");

const router = express.Router();

router.get("/:id", async (req, res) => {
  // expect: connection-in-handler
  const pool = new Pool();
  res.json(await pool.query("select 1"));
});


// router.route(path) registers each method's functions of its chain.
router
  .route("/:id/orders")
  .get(async (req, res) => {
    // expect: connection-in-handler
    const orders = new Pool();
    res.json(await orders.query("select 2"));
  })
  .post(validate, async (req, res) => {
    // expect: connection-in-handler
    const writer = new Pool();
    res.json(await writer.query("select 3"));
  });

function validate(req, res, next) {
  next();
}

module.exports = router;
