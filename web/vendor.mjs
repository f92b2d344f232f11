// vendor.mjs copies the browser builds of the page's npm dependencies into
// server/web/vendor/, where go:embed picks them up. The copies are committed,
// so `go build` on a fresh clone needs neither npm nor a network.
//
//   cd web && npm ci && npm run vendor      (or: go generate ./server/)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "server", "web", "vendor");
mkdirSync(out, { recursive: true });

const files = [
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"],
  ["cytoscape", "LICENSE", "cytoscape.LICENSE"],
];
const versions = {};
for (const [pkg, from, to] of files) {
  copyFileSync(join(here, "node_modules", pkg, from), join(out, to));
  versions[pkg] = JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"), "utf8")).version;
}
writeFileSync(join(out, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log("vendored", versions, "into", out);
