import { describe, expect, it } from "vitest";
import {
  EMBEDDED_DEFAULTS,
  databaseUrl as resolveDatabaseUrl,
  embeddedDataDir as resolveDataDir,
  embeddedDatabaseUrl,
  embeddedPort as resolvePort,
} from "./config";

// The functions read a process environment; these give them a partial one.
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;
const databaseUrl = (vars: Record<string, string>) => resolveDatabaseUrl(env(vars));
const embeddedDataDir = (vars: Record<string, string>) => resolveDataDir(env(vars));
const embeddedPort = (vars: Record<string, string>) => resolvePort(env(vars));

describe("database configuration", () => {
  it("uses DATABASE_URL when it is set", () => {
    expect(databaseUrl({ DATABASE_URL: "postgresql://u:p@db.example:5432/x" })).toBe(
      "postgresql://u:p@db.example:5432/x",
    );
  });

  it("falls back to the embedded database, on EMBEDDED_PG_PORT when given", () => {
    expect(databaseUrl({})).toBe(`postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_DEFAULTS.port}/directory`);
    expect(databaseUrl({ DATABASE_URL: "", EMBEDDED_PG_PORT: "6000" })).toBe(embeddedDatabaseUrl(6000));
  });

  it("rejects a port that is not a port, naming the variable", () => {
    for (const bad of ["abc", "0", "70000", "54.5"]) {
      expect(() => embeddedPort({ EMBEDDED_PG_PORT: bad })).toThrow(/EMBEDDED_PG_PORT/);
    }
  });

  it("keeps the cluster under DATA_DIR", () => {
    expect(embeddedDataDir({})).toBe(".data/postgres");
    expect(embeddedDataDir({ DATA_DIR: "/srv/directory/" })).toBe("/srv/directory/postgres");
  });
});
