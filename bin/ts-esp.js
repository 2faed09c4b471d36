#!/usr/bin/env node
// The ts-esp command: a thin launcher for the bundled CLI (built by `npm run build`).
require("../dist/cli.js");
