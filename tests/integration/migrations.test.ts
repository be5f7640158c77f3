// The migrations, through the Prisma CLI as the npm scripts run it (scripts/prisma-engine/prisma.mjs):
// they apply to an empty database, they agree with prisma/schema.prisma, a change to the schema is
// caught as drift, and the database itself enforces the rules the migrations add.

import { spawn } from "node:child_process";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const launcher = path.join(projectRoot, "scripts/prisma-engine/prisma.mjs");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `prisma <args>` against the given database; never throws, the exit code is part of the answer. */
function prisma(args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, CI: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

const show = (run: Run) => `exit ${run.status}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The error a statement fails with, or null when it succeeds. */
async function failure(
  client: pg.Client,
  sql: string,
  values: unknown[] = [],
): Promise<{ code?: string; constraint?: string } | null> {
  try {
    await client.query(sql, values);
    return null;
  } catch (error) {
    return error as { code?: string; constraint?: string };
  }
}

describe("database migrations", () => {
  // An empty database (on the server TEST_DATABASE_ADMIN_URL names) for the CLI to migrate.
  let database: ThrowawayDatabase | undefined;
  let databaseUrl = "";
  let tempDir = "";

  beforeAll(async () => {
    database = await createThrowawayDatabase("migrations", { migrate: false });
    databaseUrl = database.url;
    tempDir = await mkdtemp(path.join(os.tmpdir(), "migrations-test-"));
  });

  afterAll(async () => {
    await database?.drop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  });

  it("applies every migration to an empty database, and migrate status then reports it up to date", async () => {
    const deploy = await prisma(["migrate", "deploy"], databaseUrl);
    expect(deploy.status, show(deploy)).toBe(0);

    const status = await prisma(["migrate", "status"], databaseUrl);
    expect(status.status, show(status)).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date!");

    const folders = (await readdir(path.join(projectRoot, "prisma/migrations"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied = await onServer(databaseUrl, async (client) => {
      const { rows } = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      );
      return rows.map((row) => row.migration_name);
    });
    expect(applied).toEqual(folders);
  });

  it("has migrations that produce exactly prisma/schema.prisma (no drift)", async () => {
    const diff = await prisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      databaseUrl,
    );
    expect(diff.status, show(diff)).toBe(0);
    expect(diff.stdout).toContain("No difference detected");
  });

  it("reports a schema change that has no migration as drift", async () => {
    const schema = path.join(tempDir, "schema.prisma");
    await cp(path.join(projectRoot, "prisma/schema.prisma"), schema);
    await writeFile(schema, '\nmodel DriftProbe {\n  id Int @id\n\n  @@map("drift_probe")\n}\n', { flag: "a" });

    const diff = await prisma(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", schema, "--exit-code"],
      databaseUrl,
    );
    expect(diff.status, show(diff)).toBe(2);
    expect(diff.stdout).toContain("drift_probe");
  });

  it("enforces the directory's rules in the database itself", async () => {
    await onServer(databaseUrl, async (client) => {
      const modelType = await client.query<{ id: number }>(
        "INSERT INTO model_type (slug, label, sort_order) VALUES ('shared-service', 'Shared service', 1) RETURNING id",
      );
      const insertPartnership = (slug: string, startYear: number | null, endYear: number | null) =>
        failure(
          client,
          `INSERT INTO partnership (slug, name, summary, model_type_id, status, start_year, end_year, updated_at)
           VALUES ($1, 'Café Partnership', 'Shared revenues and benefits', $2, 'active', $3, $4, now())`,
          [slug, modelType.rows[0]!.id, startYear, endYear],
        );

      expect(await insertPartnership("north-revenues", 2010, 2020)).toBeNull();
      // The search trigger from the migration fills the search text (lower-cased, unaccented).
      const search = await client.query<{ search_text: string }>(
        "SELECT search_text FROM partnership WHERE slug = 'north-revenues'",
      );
      expect(search.rows[0]!.search_text).toContain("cafe partnership");

      expect(await insertPartnership("north-revenues", 2010, 2020)).toMatchObject({
        code: "23505",
        constraint: "partnership_slug_key",
      });
      expect(await insertPartnership("backwards", 2020, 2010)).toMatchObject({
        code: "23514",
        constraint: "partnership_years_ordered",
      });

      const negativeSaving = await failure(
        client,
        `INSERT INTO savings_claim (partnership_id, amount_gbp, basis, position)
         SELECT id, -1, 'annual', 0 FROM partnership WHERE slug = 'north-revenues'`,
      );
      expect(negativeSaving).toMatchObject({ code: "23514", constraint: "savings_claim_amount_non_negative" });
    });
  });
});
