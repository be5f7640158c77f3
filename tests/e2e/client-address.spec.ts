// The limits count the address a request really came from. A client's X-Forwarded-For is not believed, so a new
// address per request does not escape the per-address sign-in limit; with TRUST_PROXY=1 (a proxy in front that
// sets it) it is. Strict-Transport-Security is sent only when the request reached the directory over https.
// Requests are sent without a browser, each from a loopback address of its own (127.x.y.z), with the form the
// sign-in page serves to readers without JavaScript.

import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SIGN_IN_LIMITS } from "../../lib/auth/sign-in-limits";
import { freePort } from "../../lib/db/ports";

const projectRoot = path.resolve(import.meta.dirname, "../..");

function randomLoopback(): string {
  const byte = () => 1 + Math.floor(Math.random() * 254);
  return `127.${byte()}.${byte()}.${byte()}`;
}

interface Sent {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request to the server at `base`, from the loopback address `from`. */
function send(
  base: URL,
  pathname: string,
  { from, headers = {}, body }: { from: string; headers?: Record<string, string>; body?: Buffer },
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: base.port,
        path: pathname,
        method: body ? "POST" : "GET",
        localAddress: from,
        headers: { host: base.host, ...headers },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** Signs in (wrongly) as a new account each time; returns the problem the sign-in page is sent back with. */
async function wrongSignIn(base: URL, from: string, forwardedFor: string): Promise<string | null> {
  const page = await send(base, "/moderation/sign-in", { from });
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(page.body)?.[1];
  expect(actionField, "the sign-in form works without JavaScript").toBeTruthy();
  const form = new FormData();
  form.set(actionField!, "");
  form.set("email", `nobody-${Math.random().toString(36).slice(2)}@example.gov.uk`);
  form.set("password", "certainly not the password");
  const encoded = new Request(base, { method: "POST", body: form });
  const response = await send(base, "/moderation/sign-in", {
    from,
    body: Buffer.from(await encoded.arrayBuffer()),
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      origin: base.origin,
      "x-forwarded-for": forwardedFor,
    },
  });
  expect(response.status).toBe(303);
  return new URL(response.headers.location!, base).searchParams.get("problem");
}

/** As many wrong sign-ins as one address may make, plus one, each claiming another address. */
async function spoofedAttempts(base: URL): Promise<(string | null)[]> {
  const from = randomLoopback();
  const problems = [];
  for (let i = 0; i <= SIGN_IN_LIMITS.address.limit; i++)
    problems.push(await wrongSignIn(base, from, `198.51.100.${i + 1}`));
  return problems;
}

test.describe("client addresses", () => {
  test.describe.configure({ mode: "serial" });

  let trusted: { base: URL; child: ChildProcess; dataDir: string } | null = null;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // A second directory, from the same build, told that one proxy stands in front of it.
    const [port, databasePort] = [await freePort(), await freePort()];
    const dataDir = path.join(projectRoot, `.data/e2e-trusted-proxy-${port}`);
    const child = spawn("npm", ["start"], {
      cwd: projectRoot,
      env: {
        ...process.env,
        PORT: String(port),
        EMBEDDED_PG_PORT: String(databasePort),
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        TRUST_PROXY: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 200_000;
    while (!output.includes("serving the directory")) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`the second directory did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    trusted = { base: new URL(`http://localhost:${port}`), child, dataDir };
  });

  test.afterAll(async () => {
    if (!trusted) return;
    const exited = new Promise((resolve) => trusted!.child.once("exit", resolve));
    process.kill(-trusted.child.pid!, "SIGTERM");
    await exited;
    await rm(trusted.dataDir, { recursive: true, force: true });
  });

  test("a client's own X-Forwarded-For does not escape the per-address sign-in limit", async ({ baseURL }) => {
    const problems = await spoofedAttempts(new URL(baseURL!));
    expect(problems.slice(0, SIGN_IN_LIMITS.address.limit)).toEqual(
      Array(SIGN_IN_LIMITS.address.limit).fill("invalid"),
    );
    expect(problems.at(-1)).toBe("throttled");
  });

  test("behind a trusted proxy, the address it forwards is the client's", async () => {
    const problems = await spoofedAttempts(trusted!.base);
    expect(problems).toEqual(Array(SIGN_IN_LIMITS.address.limit + 1).fill("invalid"));
  });

  test("Strict-Transport-Security only for requests that arrived over https", async ({ baseURL }) => {
    const claimsHttps = { from: randomLoopback(), headers: { "x-forwarded-proto": "https" } };
    const direct = await send(new URL(baseURL!), "/api/health", claimsHttps);
    expect(direct.status).toBe(200);
    expect(direct.headers["strict-transport-security"]).toBeUndefined();

    const proxied = await send(trusted!.base, "/api/health", claimsHttps);
    expect(proxied.status).toBe(200);
    expect(proxied.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    const plain = await send(trusted!.base, "/api/health", { from: randomLoopback() });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
  });
});
