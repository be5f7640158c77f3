import "server-only";

// THE writer of partnership entries: the seed loader, the importer and moderation all write through
// `writeEntries`, inside their own transaction, and it records the revisions. An entry is written whole — the
// partnership, its members, service areas, savings claims and sources — so that afterwards the database holds
// exactly what the entry says; rows that are already right are not touched (an unchanged entry gets no new
// updated_at and no revision). The rows an entry is stored as (`ENTRY_TABLES`, `entryRows`) are also what the
// synthetic data generator copies in bulk.

import type pg from "pg";
import { annualisedSavings, countedClaim } from "@/lib/savings";
import type { DatePrecision, MemberRole, PartnerKind, RevisionAction, SavingsBasis } from "@/lib/vocabulary";
import { readSnapshots } from "./read.server";
import { lastVerifiedDate } from "./last-verified";
import { sameSnapshot, type PartnershipSnapshot } from "./snapshot";

type Client = pg.ClientBase;

/** One partnership as a writer gives it. References are slugs: the model type, service areas, organisations. */
export type PartnershipEntry = {
  slug: string;
  name: string;
  summary: string;
  modelType: string;
  status: string;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: readonly string[];
  members: readonly EntryMember[];
  savings: readonly EntryClaim[];
  /** In order. A title left undefined keeps the one recorded (none, for a new source). */
  sources: readonly { url: string; title?: string | null }[];
  sourceNotes: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
  lastVerified: { date: string; precision: DatePrecision } | null;
  /** Lineage, by slug: the partnerships that came before this one, and the wider arrangements it is part of. Left
   * undefined, the recorded links stay; the partnerships named must exist once the batch is written. */
  predecessors?: readonly string[];
  partOf?: readonly string[];
};

export type EntryMember = {
  /** The organisation's slug: a council's GSS code in lower case, or a partner's own slug. */
  slug: string;
  role: MemberRole;
  note: string | null;
  /** When the member joined and left, as precisely as known: "2015", "2019-03", "2019-03-31"; absent, not known. */
  joined?: string | null;
  left?: string | null;
  /** A partner the directory may not hold yet: added (of its kind, "other" when not given) when it does not. */
  partner?: { name: string; kind?: PartnerKind };
};

/** A savings claim as stated; its annualised estimate is worked out here, by lib/savings. */
export type EntryClaim = {
  amountGbp: number;
  basis: SavingsBasis;
  periodYears: number | null;
  note: string | null;
  sourceUrl: string | null;
  /** Whose saving it is: member councils' GSS codes; empty or absent for the whole partnership. */
  creditedTo?: readonly string[];
  /** The year the figure was reported, when known. */
  reportedYear?: number | null;
};

/** Who writes, and what the revisions say: an added entry, a changed one. */
export type Author = {
  actor: string;
  created: string;
  updated: string;
  /** The revision's action for a changed entry ("update" unless said). */
  action?: Extract<RevisionAction, "update" | "verify">;
  /** A moderator's decision is recorded for every entry it writes, changed or not. */
  everyEntry?: boolean;
};

export type Written = {
  slug: string;
  id: number;
  change: "created" | "updated" | "unchanged";
  /** The revision recorded, if any. */
  revisionId: number | null;
};

// ---- the rows an entry is stored as ------------------------------------------------------------------------

/** Each table an entry is stored in, with its columns and their types (in the order they are written). */
export const ENTRY_TABLES = {
  partnership: {
    slug: "text",
    name: "text",
    summary: "text",
    model_type_id: "int",
    status: "partnership_status",
    start_year: "int",
    end_year: "int",
    contact_email: "text",
    contact_url: "text",
    source_notes: "text",
    last_verified_on: "date",
    last_verified_precision: "date_precision",
    annualised_savings_gbp: "bigint",
    annualised_savings_basis: "savings_basis",
    annualised_savings_credited_to: "text",
  },
  membership: {
    partnership_id: "int",
    organisation_id: "int",
    role: "member_role",
    note: "text",
    position: "int",
    joined_on: "date",
    joined_precision: "date_precision",
    left_on: "date",
    left_precision: "date_precision",
  },
  partnership_service_area: { partnership_id: "int", service_area_id: "int" },
  savings_claim: {
    partnership_id: "int",
    position: "int",
    amount_gbp: "bigint",
    basis: "savings_basis",
    period_years: "float8",
    annualised_gbp: "bigint",
    note: "text",
    source_url: "text",
    credited_to: "text",
    reported_year: "int",
  },
  source: { partnership_id: "int", url: "text", title: "text", position: "int" },
} as const;

export type EntryTable = keyof typeof ENTRY_TABLES;
export type EntryRow<T extends EntryTable> = { [C in keyof (typeof ENTRY_TABLES)[T]]: string | number | null };

/** The columns of a table, in order. */
export function columnsOf<T extends EntryTable>(table: T): (keyof (typeof ENTRY_TABLES)[T] & string)[] {
  return Object.keys(ENTRY_TABLES[table]) as (keyof (typeof ENTRY_TABLES)[T] & string)[];
}

/** The database ids of what entries refer to by slug. */
export type ReferenceIds = {
  modelTypes: ReadonlyMap<string, number>;
  serviceAreas: ReadonlyMap<string, number>;
  organisations: ReadonlyMap<string, number>;
};

function idOf(ids: ReadonlyMap<string, number>, slug: string, what: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`an entry refers to the ${what} ${slug}, which is not in the database`);
  return id;
}

/** The partnership's own row: its annualised estimate worked out from its claims. */
export function partnershipRow(
  entry: PartnershipEntry,
  ids: Pick<ReferenceIds, "modelTypes">,
): EntryRow<"partnership"> {
  return {
    slug: entry.slug,
    name: entry.name,
    summary: entry.summary,
    model_type_id: idOf(ids.modelTypes, entry.modelType, "model type"),
    status: entry.status,
    start_year: entry.startYear,
    end_year: entry.endYear,
    contact_email: entry.contactEmail,
    contact_url: entry.contactUrl,
    source_notes: entry.sourceNotes,
    last_verified_on: entry.lastVerified?.date ?? null,
    last_verified_precision: entry.lastVerified?.precision ?? null,
    ...countedClaimColumns(entry.savings),
  };
}

const creditedText = (codes: readonly string[] | undefined) => (codes && codes.length > 0 ? codes.join("; ") : null);

/** The partnership's estimate, and the basis and crediting of the claim it comes from (lib/savings). */
function countedClaimColumns(claims: readonly EntryClaim[]) {
  const counted = countedClaim(claims);
  return {
    annualised_savings_gbp: counted?.annualisedGbp ?? null,
    annualised_savings_basis: counted?.claim.basis ?? null,
    annualised_savings_credited_to: counted ? creditedText(counted.claim.creditedTo) : null,
  };
}

const MEMBER_DATE_FIELDS = ["joined_on", "joined_precision", "left_on", "left_precision"] as const;

/** A member's partial date ("2019-03") as the date and precision columns the membership keeps. */
function partialDateColumns<Event extends "joined" | "left">(event: Event, text: string | null | undefined) {
  const value = text ? lastVerifiedDate(text) : null;
  return { [`${event}_on`]: value?.date ?? null, [`${event}_precision`]: value?.precision ?? null } as Record<
    `${Event}_on` | `${Event}_precision`,
    string | null
  >;
}

/** The rows of the entry's members, service areas, claims and sources, once the partnership has its id. */
export function childRows(entry: PartnershipEntry, partnershipId: number, ids: ReferenceIds) {
  return {
    membership: entry.members.map((member, position): EntryRow<"membership"> => ({
      partnership_id: partnershipId,
      organisation_id: idOf(ids.organisations, member.slug, "organisation"),
      role: member.role,
      note: member.note,
      position,
      ...partialDateColumns("joined", member.joined),
      ...partialDateColumns("left", member.left),
    })),
    partnership_service_area: [...new Set(entry.serviceAreas)].map((slug): EntryRow<"partnership_service_area"> => ({
      partnership_id: partnershipId,
      service_area_id: idOf(ids.serviceAreas, slug, "service area"),
    })),
    savings_claim: entry.savings.map((claim, position): EntryRow<"savings_claim"> => ({
      partnership_id: partnershipId,
      position,
      amount_gbp: claim.amountGbp,
      basis: claim.basis,
      period_years: claim.periodYears,
      annualised_gbp: annualisedSavings(claim),
      note: claim.note,
      source_url: claim.sourceUrl,
      credited_to: creditedText(claim.creditedTo),
      reported_year: claim.reportedYear ?? null,
    })),
    source: entry.sources.map((source, position): EntryRow<"source"> => ({
      partnership_id: partnershipId,
      url: source.url,
      title: source.title ?? null,
      position,
    })),
  };
}

// ---- writing --------------------------------------------------------------------------------------------

/** Rows travel to PostgreSQL as one JSON array per statement, unpacked with jsonb_to_recordset. */
export const json = (rows: readonly object[]) => JSON.stringify(rows);

/** `jsonb_to_recordset($n::jsonb) AS x(column type, …)` for a table's rows, with any extra columns. */
function recordset<T extends EntryTable>(table: T, parameter: string, extra: Record<string, string> = {}): string {
  const columns = Object.entries({ ...ENTRY_TABLES[table], ...extra }).map(([column, type]) => `${column} ${type}`);
  return `jsonb_to_recordset(${parameter}::jsonb) AS x(${columns.join(", ")})`;
}

/** ON CONFLICT … DO UPDATE that writes (and bumps updated_at) only when one of `fields` differs. */
export const updateWhenChanged = (table: string, fields: readonly string[]) =>
  `SET ${fields.map((f) => `${f} = EXCLUDED.${f}`).join(", ")}, updated_at = now()
   WHERE (${fields.map((f) => `${table}.${f}`).join(", ")}) IS DISTINCT FROM (${fields.map((f) => `EXCLUDED.${f}`).join(", ")})`;

/** One writer at a time: a second waits for the first's transaction to end rather than failing on unique keys. */
export async function takeWritersTurn(client: Client): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock(hashtext('directory writer'))");
}

/** A slug not yet taken: the one wanted, or it with -2, -3 … */
export async function freeSlug(client: Client, wanted: string): Promise<string> {
  const { rows } = await client.query<{ slug: string }>(
    "SELECT slug FROM partnership WHERE slug = $1 OR slug LIKE $1 || '-%'",
    [wanted],
  );
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/**
 * Writes the entries (inside the caller's transaction) and records a revision for each one added or changed —
 * or for every one, when the author says so — with the snapshots from before and after, read back from the
 * database so the revision is exactly what was stored.
 */
export async function writeEntries(
  client: Client,
  entries: readonly PartnershipEntry[],
  author: Author,
  options: {
    /** The entries as they stood before the change began, when it also changed what they refer to (the seed). */
    before?: ReadonlyMap<string, PartnershipSnapshot>;
  } = {},
): Promise<Written[]> {
  await takeWritersTurn(client);
  const slugs = entries.map((entry) => entry.slug);
  const before = options.before ?? (await readSnapshots(client, slugs));
  await addNewPartners(client, entries);
  const ids = await referenceIds(client, entries);
  const partnershipIds = await upsertPartnerships(client, entries, ids);
  const rows = entries.map((entry) => childRows(entry, partnershipIds.get(entry.slug)!, ids));
  const child = {
    membership: rows.flatMap((row) => row.membership),
    area: rows.flatMap((row) => row.partnership_service_area),
    claim: rows.flatMap((row) => row.savings_claim),
    source: rows.flatMap((row) => row.source),
  };
  const written = [...partnershipIds.values()];
  const membership = {
    table: "membership",
    key: ["partnership_id", "organisation_id"],
    rows: child.membership,
  } as const;
  await syncRows(client, { ...membership, fields: ["role", "note", "position", ...MEMBER_DATE_FIELDS] }, written);
  const areas = { table: "partnership_service_area", key: ["partnership_id", "service_area_id"] } as const;
  await syncRows(client, { ...areas, fields: [], rows: child.area }, written);
  await syncSavings(client, child.claim, written);
  await syncSources(client, child.source, entries, written);
  await syncLinks(client, entries, partnershipIds);
  return recordRevisions(client, slugs, before, partnershipIds, author);
}

/** Lineage links: made exactly those the entries give (entries that give none keep theirs). */
async function syncLinks(client: Client, entries: readonly PartnershipEntry[], ids: ReadonlyMap<string, number>) {
  const linked = entries.filter((entry) => entry.predecessors !== undefined || entry.partOf !== undefined);
  if (linked.length === 0) return;
  const rows = linked.flatMap((entry) => [
    ...(entry.predecessors ?? []).map((slug, position) => ({
      from: entry.slug,
      to: slug,
      relation: "predecessor",
      position,
    })),
    ...(entry.partOf ?? []).map((slug, position) => ({ from: entry.slug, to: slug, relation: "part-of", position })),
  ]);
  await client.query("DELETE FROM partnership_link WHERE partnership_id = ANY($1::int[])", [
    linked.map((entry) => ids.get(entry.slug)!),
  ]);
  await client.query(
    `INSERT INTO partnership_link (partnership_id, related_id, relation, position)
     SELECT f.id, t.id, x.relation::partnership_relation, x.position
       FROM jsonb_to_recordset($1::jsonb) AS x("from" text, "to" text, relation text, position int)
       JOIN partnership f ON f.slug = x."from" JOIN partnership t ON t.slug = x."to"
     ON CONFLICT DO NOTHING`,
    [json(rows)],
  );
}

async function addNewPartners(client: Client, entries: readonly PartnershipEntry[]) {
  const partners = entries.flatMap((entry) =>
    entry.members.flatMap((member) =>
      member.partner ? [{ slug: member.slug, name: member.partner.name, kind: member.partner.kind ?? "other" }] : [],
    ),
  );
  if (partners.length === 0) return;
  await client.query(
    `INSERT INTO organisation (slug, kind, name, updated_at)
     SELECT x.slug, x.kind::organisation_kind, x.name, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text, kind text)
     ON CONFLICT (slug) DO NOTHING`,
    [json(partners)],
  );
}

async function referenceIds(client: Client, entries: readonly PartnershipEntry[]): Promise<ReferenceIds> {
  const bySlug = (rows: { id: number; slug: string }[]) => new Map(rows.map(({ id, slug }) => [slug, id]));
  const slugs = [...new Set(entries.flatMap((entry) => entry.members.map((member) => member.slug)))];
  const [modelTypes, serviceAreas, organisations] = await Promise.all([
    client.query<{ id: number; slug: string }>("SELECT id, slug FROM model_type"),
    client.query<{ id: number; slug: string }>("SELECT id, slug FROM service_area"),
    client.query<{ id: number; slug: string }>("SELECT id, slug FROM organisation WHERE slug = ANY($1::text[])", [
      slugs,
    ]),
  ]);
  return {
    modelTypes: bySlug(modelTypes.rows),
    serviceAreas: bySlug(serviceAreas.rows),
    organisations: bySlug(organisations.rows),
  };
}

const PARTNERSHIP_FIELDS = columnsOf("partnership").filter((column) => column !== "slug");

async function upsertPartnerships(
  client: Client,
  entries: readonly PartnershipEntry[],
  ids: ReferenceIds,
): Promise<Map<string, number>> {
  await client.query(
    `INSERT INTO partnership (${columnsOf("partnership").join(", ")}, updated_at)
     SELECT ${columnsOf("partnership")
       .map((column) => `x.${column}`)
       .join(", ")}, now()
       FROM ${recordset("partnership", "$1")}
     ON CONFLICT (slug) DO UPDATE ${updateWhenChanged("partnership", PARTNERSHIP_FIELDS)}`,
    [json(entries.map((entry) => partnershipRow(entry, ids)))],
  );
  const { rows } = await client.query<{ id: number; slug: string }>(
    "SELECT id, slug FROM partnership WHERE slug = ANY($1::text[])",
    [entries.map((entry) => entry.slug)],
  );
  return new Map(rows.map(({ id, slug }) => [slug, id]));
}

/** Deletes the rows of the written partnerships that their entries no longer list; `matches` relates a row `t` to `x`. */
async function deleteMissing(
  client: Client,
  table: EntryTable,
  matches: string,
  rows: readonly object[],
  partnershipIds: readonly number[],
) {
  await client.query(
    `DELETE FROM ${table} t
      WHERE t.partnership_id = ANY($2::int[])
        AND NOT EXISTS (SELECT 1 FROM ${recordset(table, "$1")} WHERE ${matches})`,
    [json(rows), partnershipIds],
  );
}

/** Rows of one table to upsert: inserted, or — for a row already there by `key` — `fields` updated where they differ. */
type Upsert<T extends EntryTable> = {
  table: T;
  key: readonly string[];
  /** None: a row already there is left as it is. */
  fields: readonly string[];
  rows: readonly EntryRow<T>[];
};

async function upsertRows<T extends EntryTable>(client: Client, { table, key, fields, rows }: Upsert<T>) {
  const update = fields.length
    ? `UPDATE SET ${fields.map((field) => `${field} = EXCLUDED.${field}`).join(", ")}
        WHERE (${fields.map((field) => `${table}.${field}`).join(", ")})
              IS DISTINCT FROM (${fields.map((field) => `EXCLUDED.${field}`).join(", ")})`
    : "NOTHING";
  await client.query(
    `INSERT INTO ${table} (${columnsOf(table).join(", ")})
     SELECT * FROM ${recordset(table, "$1")}
     ON CONFLICT (${key.join(", ")}) DO ${update}`,
    [json(rows)],
  );
}

/** Deletes what the entries no longer list, then upserts what they do. */
async function syncRows<T extends EntryTable>(client: Client, upsert: Upsert<T>, partnershipIds: readonly number[]) {
  const matches = upsert.key.map((column) => `x.${column} = t.${column}`).join(" AND ");
  await deleteMissing(client, upsert.table, matches, upsert.rows, partnershipIds);
  await upsertRows(client, upsert);
}

async function syncSavings(client: Client, rows: EntryRow<"savings_claim">[], partnershipIds: number[]) {
  // Claims have no natural key; a claim is identified by its position within its partnership.
  await deleteMissing(
    client,
    "savings_claim",
    "x.partnership_id = t.partnership_id AND x.position = t.position",
    rows,
    partnershipIds,
  );
  const fields = columnsOf("savings_claim").filter((column) => column !== "partnership_id" && column !== "position");
  await client.query(
    `UPDATE savings_claim t SET ${fields.map((field) => `${field} = x.${field}`).join(", ")}
       FROM ${recordset("savings_claim", "$1")}
      WHERE t.partnership_id = x.partnership_id AND t.position = x.position
        AND (${fields.map((field) => `t.${field}`).join(", ")}) IS DISTINCT FROM (${fields.map((field) => `x.${field}`).join(", ")})`,
    [json(rows)],
  );
  await client.query(
    `INSERT INTO savings_claim (${columnsOf("savings_claim").join(", ")})
     SELECT * FROM ${recordset("savings_claim", "$1")}
      WHERE NOT EXISTS (SELECT 1 FROM savings_claim t WHERE t.partnership_id = x.partnership_id AND t.position = x.position)`,
    [json(rows)],
  );
}

async function syncSources(
  client: Client,
  rows: EntryRow<"source">[],
  entries: readonly PartnershipEntry[],
  partnershipIds: number[],
) {
  const key = ["partnership_id", "url"];
  await deleteMissing(client, "source", "x.partnership_id = t.partnership_id AND x.url = t.url", rows, partnershipIds);
  // A source's title is written when the entry gives one (or says there is none); otherwise the recorded one stays.
  const titled = entries.flatMap((entry) => entry.sources.map((source) => source.title !== undefined));
  const sources = { table: "source", key } as const;
  await upsertRows(client, { ...sources, fields: ["position", "title"], rows: rows.filter((_, i) => titled[i]) });
  await upsertRows(client, { ...sources, fields: ["position"], rows: rows.filter((_, i) => !titled[i]) });
}

/**
 * A revision for each entry added or changed (or each entry, for an author who records every one), with the
 * snapshots from before and after; entries whose revision is an update get a new updated_at too.
 */
async function recordRevisions(
  client: Client,
  slugs: readonly string[],
  before: ReadonlyMap<string, PartnershipSnapshot>,
  partnershipIds: ReadonlyMap<string, number>,
  author: Author,
): Promise<Written[]> {
  const after = await readSnapshots(client, slugs);
  const changes = slugs.map((slug) => {
    const then = before.get(slug) ?? null;
    const now = after.get(slug)!;
    const change: Written["change"] =
      then === null ? "created" : author.everyEntry || !sameSnapshot(then, now) ? "updated" : "unchanged";
    return { slug, then, now, change };
  });
  const recorded = changes.filter(({ change }) => change !== "unchanged");
  const revisionIds = new Map<string, number>();
  if (recorded.length > 0) {
    const { rows } = await client.query<{ id: number; slug: string }>(
      `INSERT INTO revision (partnership_id, partnership_slug, action, actor, summary, before, after)
       SELECT p.id, x.slug, x.action::revision_action, $2, x.summary, x.before, x.after
         FROM jsonb_to_recordset($1::jsonb) AS x(slug text, action text, summary text, before jsonb, after jsonb)
         JOIN partnership p ON p.slug = x.slug
       RETURNING id, partnership_slug AS slug`,
      [
        json(
          recorded.map(({ slug, then, now, change }) => ({
            slug,
            action: change === "created" ? "create" : (author.action ?? "update"),
            summary: change === "created" ? author.created : author.updated,
            before: then,
            after: now,
          })),
        ),
        author.actor,
      ],
    );
    for (const { id, slug } of rows) revisionIds.set(slug, id);
    await client.query(
      "UPDATE partnership SET updated_at = now() WHERE slug = ANY($1::text[]) AND updated_at < now()",
      [recorded.filter(({ change }) => change === "updated").map(({ slug }) => slug)],
    );
  }
  return changes.map(({ slug, change }) => ({
    slug,
    id: partnershipIds.get(slug)!,
    change,
    revisionId: revisionIds.get(slug) ?? null,
  }));
}
