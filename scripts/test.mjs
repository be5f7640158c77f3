// `npm test`: type-check, unit and integration tests (vitest), then browser tests (Playwright, Chromium).
// Finds a Chromium first; when there is none it installs Debian's package (as root with apt-get),
// or else Playwright's own build, and says so.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const steps = [];
const counts = { passed: 0, failed: 0 };

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

/** Vitest, with its JSON report read back: a run that executed no test, or failed outside a test, fails. */
function runVitest() {
  const report = "test-results/vitest.json";
  rmSync(report, { force: true });
  const passed = run("unit and integration tests", "npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${report}`,
  ]);
  if (!existsSync(report)) {
    say("vitest wrote no report: counting the run as failed");
    return false;
  }
  const { numTotalTests, numFailedTests, numPassedTests, success } = JSON.parse(readFileSync(report, "utf8"));
  counts.passed += numPassedTests;
  counts.failed += numFailedTests;
  if (!success || numTotalTests === 0 || numFailedTests > 0) {
    say(`vitest: ${numTotalTests} tests, ${numFailedTests} failed, success=${success}: counting the run as failed`);
    return false;
  }
  return passed;
}

/** Playwright, with its JSON report read back for the counts. */
function runPlaywright() {
  const report = "test-results/playwright.json";
  rmSync(report, { force: true });
  const passed = run("browser tests", "npx", ["playwright", "test", "--reporter=list,json"], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  if (!existsSync(report)) return false;
  const { stats } = JSON.parse(readFileSync(report, "utf8"));
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
  if (stats.expected + stats.flaky === 0) {
    say("Playwright ran no test: counting the run as failed");
    return false;
  }
  return passed;
}

let ok = run("type-check", "npx", ["tsc", "--noEmit"]);
ok = runVitest() && ok;
if (ensureChromium()) ok = runPlaywright() && ok;
else ok = false;

say("summary");
for (const step of steps)
  process.stdout.write(`  ${step.ok ? "passed" : "FAILED"}  ${step.label} (${step.seconds} s)\n`);
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/summary.json", JSON.stringify(counts));
process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed\n`);
process.exit(ok ? 0 : 1);
