// `npm test`: type-check, unit and integration tests (vitest), then browser tests (Playwright, Chromium).
// Finds a Chromium first; when there is none it installs Debian's package (as root with apt-get),
// or else Playwright's own build, and says so.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const steps = [];

function say(message) {
  process.stdout.write(`\n[test] ${message}\n`);
}

function run(label, command, args, options = {}) {
  say(`${label}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  steps.push({ label, ok, seconds });
  return ok;
}

function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

function ensureChromium() {
  if (chromiumPath()) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    say("no Chromium found: installing Debian's chromium package with apt-get (a minute or two)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
    if (chromiumPath()) return true;
    say("apt-get could not install chromium; trying Playwright's own Chromium download");
  } else {
    say("no Chromium found: downloading Playwright's own Chromium (set CHROMIUM_PATH to use another)");
  }
  return run("browser", "npx", ["playwright", "install", "chromium"]);
}

let ok = run("type-check", "npx", ["tsc", "--noEmit"]);
ok = run("unit and integration tests", "npx", ["vitest", "run"]) && ok;
if (ensureChromium()) ok = run("browser tests", "npx", ["playwright", "test"]) && ok;
else ok = false;

say("summary");
for (const step of steps)
  process.stdout.write(`  ${step.ok ? "passed" : "FAILED"}  ${step.label} (${step.seconds} s)\n`);
process.exit(ok ? 0 : 1);
