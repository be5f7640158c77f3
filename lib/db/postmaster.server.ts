import "server-only";

import { spawn, type ChildProcess } from "node:child_process";
import { followThisProcess } from "@/lib/process/follow-parent.server";
import type { Account, PostgresPrograms } from "./postgres-account.server";
import { StartupError } from "./startup-error";

// One run of the PostgreSQL server process (the postmaster), and the supervisor that starts it again when it
// exits without being asked to. See docs/decisions/009-supervised-embedded-database.md.

export interface PostmasterOptions {
  programs: PostgresPrograms;
  account: Account | null;
  dataDir: string;
  port: number;
  /** PostgreSQL's own log, line by line. */
  log: (line: string) => void;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** How long a start may take (crash recovery replays the write-ahead log first). */
const READY_TIMEOUT_MS = 120_000;
/** Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT), then SIGKILL. */
const STOP_STEPS: { signal: NodeJS.Signals; waitMs: number }[] = [
  { signal: "SIGINT", waitMs: 10_000 },
  { signal: "SIGQUIT", waitMs: 5_000 },
  { signal: "SIGKILL", waitMs: 5_000 },
];

export function describeExit({ code, signal }: Exit): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

export class Postmaster {
  readonly child: ChildProcess;
  /** Resolves when the server accepts connections; rejects with its last error lines when it cannot start. */
  readonly ready: Promise<void>;
  readonly exited: Promise<Exit>;
  private readonly listeners = new Set<(line: string) => void>();

  constructor(options: PostmasterOptions) {
    const { programs, account, dataDir, port, log } = options;
    this.child = spawn(
      programs.postgres,
      [
        "-D",
        dataDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        // The supervisor reads the log for what happens; keep it in English and on standard error.
        "-c",
        "lc_messages=C",
        "-c",
        "logging_collector=off",
      ],
      {
        ...(account ? { uid: account.uid, gid: account.gid } : {}),
        cwd: "/",
        // Its own session: a Ctrl-C in the terminal reaches the start script, which stops things in order.
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, LC_MESSAGES: "C" },
      },
    );
    const watchdog = followThisProcess(this.child, { signal: "SIGINT", graceSeconds: 10 });
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        watchdog.dispose();
        resolve({ code, signal });
      });
      // A program that could not be run at all never exits.
      this.child.once("error", () => {
        if (this.child.pid === undefined) resolve({ code: null, signal: null });
      });
    });

    const recent: string[] = [];
    let pending = "";
    const onData = (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.trim()) continue;
        recent.push(line);
        if (recent.length > 20) recent.shift();
        log(line);
        for (const listener of this.listeners) listener(line);
      }
    };
    this.child.stdout!.on("data", onData);
    this.child.stderr!.on("data", onData);

    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new StartupError(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s.`));
        void this.stop();
      }, READY_TIMEOUT_MS);
      const onLine = (line: string) => {
        if (line.includes("database system is ready to accept connections")) {
          clearTimeout(timer);
          this.listeners.delete(onLine);
          resolve();
        }
      };
      this.listeners.add(onLine);
      this.child.once("error", (error) => {
        clearTimeout(timer);
        reject(new StartupError(`PostgreSQL could not be run (${programs.postgres}): ${error.message}`));
      });
      void this.exited.then((exit) => {
        clearTimeout(timer);
        const problems = recent.filter((line) => /FATAL|PANIC|ERROR|HINT/.test(line));
        reject(
          new StartupError(
            `PostgreSQL stopped while starting (${describeExit(exit)})` +
              (problems.length ? `: ${problems.slice(-3).join(" / ")}` : "."),
          ),
        );
      });
    });
    // A failed start is reported through `ready`; nothing else needs to catch it.
    this.ready.catch(() => {});
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.pid !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  onLine(listener: (line: string) => void): void {
    this.listeners.add(listener);
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** Stops the server: fast shutdown, escalating if it does not exit in time. Safe to call in any state. */
  async stop(): Promise<void> {
    for (const step of STOP_STEPS) {
      if (!this.running) break;
      this.signal(step.signal);
      const exited = await Promise.race([
        this.exited.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), step.waitMs).unref()),
      ]);
      if (exited) break;
    }
    await this.exited;
  }
}

// ----- supervision -------------------------------------------------------------------------------------------

export interface Backoff {
  /** Wait before the first restart. */
  initialMs: number;
  /** Longest wait between attempts. */
  maxMs: number;
  /** A server that ran this long resets the wait to initialMs. */
  stableMs: number;
}

export const RESTART_BACKOFF: Backoff = { initialMs: 250, maxMs: 15_000, stableMs: 10_000 };

export interface Supervisor {
  /** Stops supervising and stops the server, whatever state it is in. */
  stop(): Promise<void>;
  /** The running server, if any. */
  current(): Postmaster | null;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;

/**
 * Keeps PostgreSQL running: when it exits without being asked to (a crash, `kill -9`, `kill -INT`, or
 * `pg_ctl stop`), it is started again after a wait that doubles with each failed attempt, up to `maxMs`.
 * A smart shutdown (SIGTERM) waits for every client to disconnect, which a busy web server never does, while
 * new connections are refused: the supervisor turns it into a fast shutdown, so the restart comes at once.
 */
export function superviseDatabase(
  first: Postmaster,
  launch: () => Postmaster,
  report: (line: string) => void,
  backoff: Backoff = RESTART_BACKOFF,
): Supervisor {
  let current: Postmaster | null = null;
  let starting: Postmaster | null = null;
  let stopping = false;
  let delay = backoff.initialMs;
  let startedAt = Date.now();
  let timer: NodeJS.Timeout | null = null;

  const schedule = () => {
    timer = setTimeout(() => void attempt(), delay);
    delay = Math.min(delay * 2, backoff.maxMs);
  };

  const watch = (postmaster: Postmaster) => {
    current = postmaster;
    startedAt = Date.now();
    postmaster.onLine((line) => {
      if (!stopping && line.includes("received smart shutdown request")) {
        report("the database was asked to stop (smart shutdown); ending its sessions so it can start again");
        postmaster.signal("SIGINT");
      }
    });
    void postmaster.exited.then((exit) => {
      if (stopping || current !== postmaster) return;
      current = null;
      if (Date.now() - startedAt >= backoff.stableMs) delay = backoff.initialMs;
      report(`the database stopped unexpectedly (${describeExit(exit)}); starting it again in ${seconds(delay)}`);
      schedule();
    });
  };

  const attempt = async () => {
    timer = null;
    if (stopping) return;
    let postmaster: Postmaster | null = null;
    try {
      postmaster = launch();
      starting = postmaster;
      await postmaster.ready;
    } catch (error) {
      starting = null;
      if (stopping) return;
      await postmaster?.stop();
      report(`the database did not start again: ${(error as Error).message} Next try in ${seconds(delay)}`);
      schedule();
      return;
    }
    starting = null;
    if (stopping) return void (await postmaster.stop());
    report(`the database is running again (postgres process ${postmaster.pid})`);
    watch(postmaster);
  };

  watch(first);
  return {
    current: () => current,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await Promise.all([starting?.stop(), current?.stop()]);
    },
  };
}
