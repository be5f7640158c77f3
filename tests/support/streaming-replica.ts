// For tests: a throwaway PostgreSQL primary and a streaming standby made from it with pg_basebackup, as a
// production deployment with read replicas has them. Uses the server binaries of the machine's PostgreSQL
// (POSTGRES_BIN, or Debian's PostgreSQL 15); run as the postgres OS user when the tests run as root.

import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export function postgresBinariesPresent(): boolean {
  return ["initdb", "pg_ctl", "pg_basebackup"].every((tool) => existsSync(path.join(POSTGRES_BIN, tool)));
}

export interface PrimaryWithStandby {
  primaryUrl: string;
  standbyUrl: string;
  stop(): void;
}

function run(tool: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "runuser" : path.join(POSTGRES_BIN, tool);
  const fullArgs = asRoot ? ["-u", "postgres", "--", path.join(POSTGRES_BIN, tool), ...args] : args;
  return execFileSync(command, fullArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Starts a primary on `ports.primary` and a hot standby streaming from it on `ports.standby`. */
export function startPrimaryWithStandby(ports: { primary: number; standby: number }): PrimaryWithStandby {
  const dir = mkdtempSync(path.join(os.tmpdir(), "directory-replication-"));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, id("-u"), id("-g"));
  }
  const primary = path.join(dir, "primary");
  const standby = path.join(dir, "standby");
  const started: string[] = [];
  const stop = () => {
    for (const data of started.reverse()) {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already stopped.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run("initdb", ["-D", primary, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const options = (port: number) =>
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c wal_level=replica -c max_wal_senders=4`;
    run("pg_ctl", ["-D", primary, "-o", options(ports.primary), "-l", path.join(dir, "primary.log"), "-w", "start"]);
    started.push(primary);
    // -R writes the standby's connection to the primary; -X stream copies the WAL written meanwhile.
    run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(ports.primary), "-U", "postgres", "-D", standby, "-R"]);
    run("pg_ctl", ["-D", standby, "-o", options(ports.standby), "-l", path.join(dir, "standby.log"), "-w", "start"]);
    started.push(standby);
  } catch (error) {
    stop();
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(`could not start a primary with a standby: ${stderr ?? String(error)}`);
  }
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${ports.primary}/postgres`,
    standbyUrl: `postgresql://postgres@127.0.0.1:${ports.standby}/postgres`,
    stop,
  };
}
