import "server-only";

import { spawn, type ChildProcess } from "node:child_process";

// A child that must not outlive this process (the database, the web server, a build) gets a watchdog: a tiny
// shell whose standard input is a pipe only this process holds. However this process ends — even `kill -9`,
// which runs no handler — the kernel closes the pipe, the shell's `read` sees end-of-file, and it signals the
// child, then kills it if it has not exited after the grace period. Node has no prctl(PR_SET_PDEATHSIG), and
// a pipe works the same on Linux and macOS. See docs/decisions/009-supervised-embedded-database.md.

const WATCHDOG = `
read -r _
kill -s "$2" "$1" 2>/dev/null || exit 0
i=0
while kill -0 "$1" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -gt "$3" ]; then kill -s KILL "$1" 2>/dev/null; exit 0; fi
  sleep 1
done
`;

export interface Watchdog {
  /** Ends the watchdog without touching the child (the child has exited, or this process stops it itself). */
  dispose(): void;
}

export interface FollowOptions {
  /** The signal that asks the child to stop (SIGINT is PostgreSQL's fast shutdown). */
  signal: NodeJS.Signals;
  /** Seconds the child gets to stop before SIGKILL. */
  graceSeconds: number;
}

/** Makes `child` stop when this process ends, however it ends. Restarts itself if the watchdog is killed. */
export function followThisProcess(child: ChildProcess, options: FollowOptions): Watchdog {
  if (process.platform === "win32" || child.pid === undefined) return { dispose() {} };
  const pid = child.pid;
  let current: ChildProcess | null = null;
  let disposed = false;
  const childGone = () => child.exitCode !== null || child.signalCode !== null;

  const start = () => {
    // Its own process group, so a Ctrl-C in the terminal does not end it before it is needed.
    const watchdog = spawn(
      "/bin/sh",
      [
        "-c",
        WATCHDOG,
        "directory-watchdog",
        String(pid),
        options.signal.replace(/^SIG/, ""),
        String(options.graceSeconds),
      ],
      { stdio: ["pipe", "ignore", "ignore"], detached: true },
    );
    watchdog.stdin!.on("error", () => {});
    // Neither the pipe nor the process keeps this process alive.
    watchdog.unref();
    (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
    watchdog.once("exit", () => {
      if (current === watchdog) current = null;
      if (!disposed && !childGone()) start();
    });
    current = watchdog;
  };

  const dispose = () => {
    disposed = true;
    if (current && current.exitCode === null && current.signalCode === null) current.kill("SIGKILL");
    current = null;
  };
  child.once("exit", dispose);
  start();
  return { dispose };
}
