// Which schema engine the Prisma CLI runs: Prisma's native binary when it is usable, otherwise the
// WebAssembly bridge next to this file. Shared by prisma.config.ts and the prisma.mjs launcher.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const bridgePath = fileURLToPath(new URL("./schema-engine", import.meta.url));

const ENV_VARS = ["PRISMA_SCHEMA_ENGINE_BINARY", "PRISMA_MIGRATION_ENGINE_BINARY"];

/**
 * Points PRISMA_SCHEMA_ENGINE_BINARY at the bridge unless the user already chose an engine or
 * Prisma's native engine is installed. Returns the path it set, or null when it left things alone.
 */
export function chooseSchemaEngine(env = process.env) {
  if (ENV_VARS.some((name) => env[name])) return null;
  if (nativeEngineUsable(env)) return null;
  env.PRISMA_SCHEMA_ENGINE_BINARY = bridgePath;
  return bridgePath;
}

/**
 * Mirrors the CLI's own check before it downloads anything: the binary is in @prisma/engines and
 * reports the expected version, or a checksummed copy sits in Prisma's cache (the CLI copies it
 * from there without the network).
 */
export function nativeEngineUsable(env = process.env) {
  let enginesDir, enginesVersion;
  try {
    const requireFromCli = createRequire(createRequire(import.meta.url).resolve("prisma/package.json"));
    enginesDir = path.dirname(path.dirname(requireFromCli.resolve("@prisma/engines")));
    enginesVersion = createRequire(path.join(enginesDir, "package.json"))("@prisma/engines-version").enginesVersion;
  } catch {
    return false; // no Prisma CLI installed: nothing would run the engine anyway
  }

  const installed = fs
    .readdirSync(enginesDir)
    .filter((name) => /^schema-engine-[\w.-]+$/.test(name) && !/\.(sha256|gz)$/.test(name));
  for (const name of installed) {
    const version = spawnSync(path.join(enginesDir, name), ["--version"], { encoding: "utf8", timeout: 10_000 });
    if (version.status === 0 && version.stdout.includes(enginesVersion)) return true;
  }

  const cached = path.join(prismaCacheDir(env), "master", enginesVersion);
  const targets = fs.existsSync(cached) ? fs.readdirSync(cached) : [];
  return targets.some(
    (target) =>
      fs.existsSync(path.join(cached, target, "schema-engine.sha256")) &&
      fs.existsSync(path.join(cached, target, "schema-engine")),
  );
}

/** Where the CLI caches downloaded engines (@prisma/fetch-engine's cache directory). */
function prismaCacheDir(env) {
  if (process.platform === "win32" && env.APPDATA) return path.join(env.APPDATA, "Prisma");
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "prisma");
}
