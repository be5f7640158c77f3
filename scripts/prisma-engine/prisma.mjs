#!/usr/bin/env node
// Runs the project's Prisma CLI with the given arguments (`node scripts/prisma-engine/prisma.mjs generate`),
// on the WebAssembly schema engine when Prisma's native one is not usable (see engine-path.mjs).
// The exit code passes through.

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { chooseSchemaEngine } from "./engine-path.mjs";

let cli;
try {
  cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
} catch {
  console.error("The Prisma CLI is not installed: run `npm install` (it is a development dependency).");
  process.exit(1);
}

const env = { ...process.env };
chooseSchemaEngine(env);

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
// Ctrl+C reaches the CLI directly (same process group); wait for it to finish rather than die first.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1)));
