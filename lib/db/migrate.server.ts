import "server-only";

import { spawn } from "node:child_process";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "..", "..");

/**
 * Applies pending migrations from prisma/migrations with `prisma migrate deploy`, through the launcher that
 * supplies an offline schema engine when Prisma's native one cannot be downloaded.
 */
export function applyMigrations(databaseUrl: string, log: (line: string) => void = () => {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, "scripts/prisma-engine/prisma.mjs"), "migrate", "deploy"],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    const collect = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      for (const line of text.split("\n")) if (line.trim()) log(line);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else
        reject(new Error(`Applying migrations failed (prisma migrate deploy exited with ${code}):\n${output.trim()}`));
    });
  });
}
