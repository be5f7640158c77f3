// Expected values for browser tests, computed from the seed files.

import { readSeedCsv } from "../support/seed-files";

export async function seedPartnerships() {
  return readSeedCsv("partnerships.csv");
}

export async function councils() {
  return readSeedCsv("councils.csv");
}

/** An abolished council that some partnership refers to, with the name of (one of) its successors. */
export async function abolishedCouncilWithSuccessor(): Promise<{ gss: string; name: string; successorName: string }> {
  const all = await councils();
  const referenced = new Set(
    (await seedPartnerships()).flatMap((row) => (row.members ?? "").match(/[EWSN]\d{8}/g) ?? []),
  );
  const byGss = new Map(all.map((row) => [row.gss, row]));
  for (const row of all) {
    const successor = (row.successor_gss ?? "").split(";")[0]?.trim();
    if (row.end_date && successor && referenced.has(row.gss ?? "") && byGss.has(successor)) {
      return { gss: row.gss!, name: row.name!, successorName: byGss.get(successor)!.name! };
    }
  }
  throw new Error("the seed data has no abolished council with a successor");
}
