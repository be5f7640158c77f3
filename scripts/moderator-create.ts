// Creates a moderator account, or sets a new password for an existing one:
//   npm run moderator:create -- --email someone@example.gov.uk
// The password comes from MODERATOR_PASSWORD or standard input, never from the command line (where it would be
// visible to other users and kept in shell history).

import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import pg from "pg";
import { createModerator, ModeratorAccountError } from "@/lib/auth/sessions.server";
import { databaseUrl } from "@/lib/db/config";

async function readPassword(): Promise<string> {
  if (process.env.MODERATOR_PASSWORD) return process.env.MODERATOR_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters, not shown): ");
  const lines = createInterface({ input: process.stdin, terminal: false });
  if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" } }, strict: true });
  if (values.password !== undefined) {
    throw new ModeratorAccountError("Give the password in MODERATOR_PASSWORD or on standard input, not as an argument");
  }
  if (!values.email) throw new ModeratorAccountError("Usage: npm run moderator:create -- --email name@example.gov.uk");
  const password = await readPassword();
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: 1 });
  try {
    const { created } = await createModerator(pool, values.email, password);
    console.log(`${created ? "Created" : "Updated"} the moderator account for ${values.email.trim().toLowerCase()}`);
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ModeratorAccountError || error instanceof TypeError ? error.message : error);
  process.exit(1);
});
