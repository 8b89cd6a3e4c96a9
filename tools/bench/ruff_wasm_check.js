// Checks files with Ruff's WebAssembly build (one Workspace, select F401),
// as a Node.js user of ruff-wasm would. Usage: node ruff_wasm_check.js PKG FILE...
// Prints the number of files and diagnostics.
const fs = require("fs");
const path = require("path");
const { Workspace, PositionEncoding } = require(path.resolve(process.argv[2], "ruff_wasm.js"));

const workspace = new Workspace({ lint: { select: ["F401"] } }, PositionEncoding.Utf16);
let diagnostics = 0;
const files = process.argv.slice(3);
for (const file of files) {
  diagnostics += workspace.check(fs.readFileSync(file, "utf8")).length;
}
console.log(`files ${files.length} diagnostics ${diagnostics}`);
