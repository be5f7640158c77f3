import "server-only";

// Every read of partnerships, on the connection the caller gives (the pages' own door, index.server.ts, gives
// Prisma's client), and the one mapper for each shape that leaves the database:
//   - a partnership in full, as one row (PartnershipRow): the exports stream these; the list API's items
//     (PartnershipSummary) are made from them;
//   - one partnership for its page and GET /api/partnerships/{slug} (PartnershipDetail);
//   - the snapshot a revision records before and after a change (PartnershipSnapshot).

import type pg from "pg";
import QueryStream from "pg-query-stream";
import { pgPool } from "@/lib/db/pool.server";
import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import {
  isSlug,
  toSlug,
  type DatePrecision,
  type Labelled,
  type ModelTypeSlug,
  type ServiceAreaSlug,
} from "@/lib/vocabulary";
import { contactOf } from "./contact";
import { nearestKm, type Point } from "@/lib/geo/distance";
import { lastVerifiedText, memberDateSql } from "./last-verified";
import { partnershipSnapshot, type PartnershipSnapshot, type SnapshotInput } from "./snapshot";
import type { PartnershipDetail, PartnershipMember, PartnershipRow, PartnershipSummary } from "./types";

// ---- a partnership in full, one row ---------------------------------------------------------------------

/** A row as PostgreSQL builds it: the date it was last verified and its precision, not yet the text. */
type RowRecord = Omit<PartnershipRow, "lastVerified" | "viaPredecessors"> & {
  lastVerifiedOn: string | null;
  lastVerifiedPrecision: DatePrecision | null;
};

/** Everything about the partnership `matching.id`, aggregated in SQL into one JSON object. */
const ROW = Prisma.sql`(SELECT json_build_object(
    'slug', p.slug, 'name', p.name, 'summary', p.summary, 'modelType', mt.slug, 'modelTypeLabel', mt.label,
    'status', p.status, 'startYear', p.start_year, 'endYear', p.end_year,
    'annualisedSavingsGbp', p.annualised_savings_gbp, 'sourceNotes', p.source_notes,
    'lastVerifiedOn', p.last_verified_on::text, 'lastVerifiedPrecision', p.last_verified_precision,
    'contactEmail', p.contact_email, 'contactUrl', p.contact_url,
    'serviceAreas', coalesce((SELECT json_agg(json_build_object('slug', s.slug, 'label', s.label) ORDER BY s.sort_order)
        FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
       WHERE ps.partnership_id = p.id), '[]'),
    'members', coalesce((SELECT json_agg(json_build_object(
          'gss', o.gss, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'role', m.role, 'note', m.note,
          'joined', ${Prisma.raw(memberDateSql("m", "joined"))}, 'left', ${Prisma.raw(memberDateSql("m", "left"))},
          'homepageUrl', o.homepage_url, 'latitude', o.latitude, 'longitude', o.longitude) ORDER BY m.position)
        FROM membership m
        -- OFFSET 0 keeps this a keyed lookup per member: a hash join would scan every organisation per row.
        CROSS JOIN LATERAL (SELECT * FROM organisation o WHERE o.id = m.organisation_id OFFSET 0) o
       WHERE m.partnership_id = p.id), '[]'),
    'savings', coalesce((SELECT json_agg(json_build_object(
          'amountGbp', c.amount_gbp, 'basis', c.basis, 'periodYears', c.period_years, 'note', c.note,
          'sourceUrl', c.source_url, 'creditedTo', coalesce(string_to_array(c.credited_to, '; '), '{}'),
          'reportedYear', c.reported_year) ORDER BY c.position)
        FROM savings_claim c WHERE c.partnership_id = p.id), '[]'),
    'sources', coalesce((SELECT json_agg(src.url ORDER BY src.position) FROM source src WHERE src.partnership_id = p.id), '[]'),
    'predecessors', coalesce((SELECT json_agg(r.slug ORDER BY l.position) FROM partnership_link l
        JOIN partnership r ON r.id = l.related_id WHERE l.partnership_id = p.id AND l.relation = 'predecessor'), '[]'),
    'partOf', coalesce((SELECT json_agg(r.slug ORDER BY l.position) FROM partnership_link l
        JOIN partnership r ON r.id = l.related_id WHERE l.partnership_id = p.id AND l.relation = 'part-of'), '[]')
  ) FROM partnership p JOIN model_type mt ON mt.id = p.model_type_id WHERE p.id = matching.id)`;

/**
 * SELECT row (a JSON object, see RowRecord) for every partnership the `ids` query selects (a column `id`), in
 * its order. The outer query reads only the ordered ids, so rows stream in that order in constant memory.
 */
export function partnershipRowsOf(ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${ROW} AS row FROM (${ids}) AS matching`;
}

function rowOf({ lastVerifiedOn, lastVerifiedPrecision, ...row }: RowRecord): PartnershipRow {
  return {
    ...row,
    lastVerified:
      lastVerifiedOn && lastVerifiedPrecision ? lastVerifiedText(lastVerifiedOn, lastVerifiedPrecision) : null,
    viaPredecessors: [],
  };
}

/** Rows fetched from the server per round trip. */
export const CURSOR_BATCH = 500;

/**
 * Streams the rows of `partnershipRowsOf` through a cursor (pg-query-stream; Prisma has none): a batch at a time,
 * whatever the size of the result. The connection is held until the iteration ends (or is abandoned, e.g. when
 * the downloader goes away), then released.
 */
export async function* streamPartnershipRows(
  query: Prisma.Sql,
  options: { client?: pg.Client | pg.PoolClient; batchSize?: number } = {},
): AsyncGenerator<PartnershipRow> {
  const client = options.client ?? (await pgPool().connect());
  const owned = options.client === undefined;
  const batchSize = options.batchSize ?? CURSOR_BATCH;
  const stream = client.query(
    new QueryStream(query.text, query.values as unknown[], { batchSize, highWaterMark: batchSize }),
  );
  let failed: unknown = null;
  try {
    for await (const record of stream as AsyncIterable<{ row: RowRecord }>) yield rowOf(record.row);
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    if (!stream.destroyed) stream.destroy();
    if (owned) (client as pg.PoolClient).release(failed instanceof Error ? failed : undefined);
  }
}

/**
 * The list shape of docs/product.md: the API's list item and the JSON export's. Near a council (`near`, its
 * point), it says how far: the kilometres to the nearest member (lib/geo).
 */
export function summaryOf(row: PartnershipRow, near: Point | null = null): PartnershipSummary {
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    modelType: row.modelType as ModelTypeSlug,
    status: row.status,
    startYear: row.startYear,
    endYear: row.endYear,
    serviceAreas: row.serviceAreas.map((area) => area.slug as ServiceAreaSlug),
    members: row.members.map(({ gss, name, role, joined, left }) => ({ gss, name, role, joined, left })),
    savings: row.savings.map(({ amountGbp, basis, periodYears, note }) => ({ amountGbp, basis, periodYears, note })),
    annualisedSavingsGbp: row.annualisedSavingsGbp,
    lastVerified: row.lastVerified,
    url: `/partnerships/${row.slug}`,
    contact: contactOf(row, row.members),
    lineage: { predecessors: row.predecessors, partOf: row.partOf },
    viaPredecessors: row.viaPredecessors,
    ...(near ? { distanceKm: nearestKm(near, row.members) } : {}),
  };
}

/**
 * The list items of the partnerships an ordered `ids` query selects (a page of a search), in its order: the ids
 * and their entries in one statement, one round trip.
 */
export async function partnershipSummariesOf(
  db: SqlConnection,
  ids: Prisma.Sql,
  near: Point | null = null,
): Promise<PartnershipSummary[]> {
  const rows = await rowsOf<{ row: RowRecord }>(db, partnershipRowsOf(ids));
  return rows.flatMap(({ row }) => (row ? [summaryOf(rowOf(row), near)] : []));
}

/** The given partnerships in full, in the given order. */
export async function partnershipRows(ids: number[], db: SqlConnection): Promise<PartnershipRow[]> {
  if (ids.length === 0) return [];
  const rows = await rowsOf<{ row: RowRecord }>(
    db,
    partnershipRowsOf(Prisma.sql`SELECT id FROM unnest(${ids}::int[]) WITH ORDINALITY AS given(id, position)
      ORDER BY position`),
  );
  return rows.flatMap(({ row }) => (row ? [rowOf(row)] : []));
}

// ---- one partnership, for its page and the API ------------------------------------------------------------

/** BigInt leaves the data layer as a number: whole pounds stay far below 2^53. */
function toNumber(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}

function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export const memberSelect = {
  role: true,
  note: true,
  joinedOn: true,
  joinedPrecision: true,
  leftOn: true,
  leftPrecision: true,
  organisation: { select: { gss: true, slug: true, name: true, kind: true, endDate: true, homepageUrl: true } },
} satisfies Prisma.MembershipSelect;

export const serviceAreaSelect = {
  select: { serviceArea: { select: { slug: true, label: true } } },
  orderBy: { serviceArea: { sortOrder: "asc" } },
} satisfies Prisma.Partnership$serviceAreasArgs;

/** A member as pages show it. */
export function memberOf(row: Prisma.MembershipGetPayload<{ select: typeof memberSelect }>): PartnershipMember {
  return {
    gss: row.organisation.gss,
    slug: row.organisation.slug,
    name: row.organisation.name,
    kind: toSlug(row.organisation.kind),
    role: row.role,
    homepageUrl: row.organisation.homepageUrl,
    joined: row.joinedOn && lastVerifiedText(row.joinedOn, row.joinedPrecision ?? "day"),
    left: row.leftOn && lastVerifiedText(row.leftOn, row.leftPrecision ?? "day"),
  };
}

export function serviceAreasOf(rows: { serviceArea: Labelled }[]): Labelled[] {
  return rows.map(({ serviceArea }) => ({ slug: serviceArea.slug, label: serviceArea.label }));
}

/** The named councils a claim is credited to, as members of the partnership; empty for the whole partnership. */
function creditedCouncils(creditedTo: string | null, members: readonly PartnershipMember[]) {
  return (creditedTo ?? "")
    .split("; ")
    .filter(Boolean)
    .map((gss) => ({ gss, name: members.find((member) => member.gss === gss)?.name ?? gss }));
}

const linkSelect = <Side extends "related" | "partnership">(side: Side) =>
  ({ relation: true, [side]: { select: { slug: true, name: true } } }) as {
    relation: true;
  } & Record<Side, { select: { slug: true; name: true } }>;

/** The partnerships at one end of the given links, of one relation. */
function linked<Side extends "related" | "partnership">(
  links: ({ relation: string } & Record<Side, { slug: string; name: string }>)[],
  relation: string,
  side: Side,
): { slug: string; name: string }[] {
  return links
    .filter((link) => link.relation === relation)
    .map((link) => ({ slug: link[side].slug, name: link[side].name }));
}

/** Everything about one partnership, or null when no partnership has that slug. */
export async function readPartnership(
  db: Pick<PrismaClient, "partnership">,
  slug: string,
): Promise<PartnershipDetail | null> {
  // Text that is no slug (a NUL byte, say) names no partnership: the database is not asked.
  if (!isSlug(slug)) return null;
  const row = await db.partnership.findUnique({
    where: { slug },
    include: {
      modelType: { select: { slug: true, label: true } },
      serviceAreas: serviceAreaSelect,
      members: { select: memberSelect, orderBy: { position: "asc" } },
      savings: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      sources: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      links: { select: linkSelect("related"), orderBy: { position: "asc" } },
      linkedFrom: { select: linkSelect("partnership"), orderBy: { partnership: { name: "asc" } } },
    },
  });
  if (!row) return null;
  const members = row.members.map((member) => ({
    ...memberOf(member),
    note: member.note,
    abolished: member.organisation.kind === "council" && member.organisation.endDate !== null,
  }));

  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    modelType: row.modelType,
    status: row.status,
    startYear: row.startYear,
    endYear: row.endYear,
    serviceAreas: serviceAreasOf(row.serviceAreas),
    members,
    savings: row.savings.map((claim) => ({
      amountGbp: Number(claim.amountGbp),
      basis: toSlug(claim.basis),
      periodYears: claim.periodYears,
      annualisedGbp: toNumber(claim.annualisedGbp),
      note: claim.note,
      sourceUrl: claim.sourceUrl,
      creditedTo: creditedCouncils(claim.creditedTo, members),
      reportedYear: claim.reportedYear,
    })),
    annualisedSavingsGbp: toNumber(row.annualisedSavingsGbp),
    sources: row.sources.map((source) => ({ url: source.url, title: source.title })),
    contact: contactOf(row, members),
    lineage: {
      predecessors: linked(row.links, "predecessor", "related"),
      successors: linked(row.linkedFrom, "predecessor", "partnership"),
      partOf: linked(row.links, "part_of", "related"),
      parts: linked(row.linkedFrom, "part_of", "partnership"),
    },
    sourceNotes: row.sourceNotes,
    lastVerified:
      row.lastVerifiedOn === null
        ? null
        : { date: isoDate(row.lastVerifiedOn), precision: row.lastVerifiedPrecision ?? "day" },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// ---- snapshots: what a revision records -------------------------------------------------------------------

type SnapshotRow = Omit<SnapshotInput, "lastVerified"> & {
  lastVerifiedOn: string | null;
  lastVerifiedPrecision: DatePrecision | null;
};

/**
 * The current snapshots of the given partnerships, read in one query: the "before" and "after" of every
 * revision. Run on the writer's own connection, inside its transaction, so "after" is what it wrote.
 */
export async function readSnapshots(
  client: Pick<pg.ClientBase, "query">,
  slugs: readonly string[],
): Promise<Map<string, PartnershipSnapshot>> {
  const { rows } = await client.query<{ entity: SnapshotRow }>(
    `SELECT json_build_object(
        'slug', p.slug, 'name', p.name, 'summary', p.summary, 'modelType', mt.slug, 'status', p.status,
        'startYear', p.start_year, 'endYear', p.end_year, 'sourceNotes', p.source_notes,
        'contactEmail', p.contact_email, 'contactUrl', p.contact_url,
        'lastVerifiedOn', p.last_verified_on::text, 'lastVerifiedPrecision', p.last_verified_precision,
        'serviceAreas', coalesce((SELECT json_agg(s.slug ORDER BY s.sort_order)
            FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
           WHERE ps.partnership_id = p.id), '[]'),
        'members', coalesce((SELECT json_agg(json_build_object(
              'gss', o.gss, 'slug', o.slug, 'name', o.name, 'role', m.role, 'note', m.note,
              'joined', ${memberDateSql("m", "joined")}, 'left', ${memberDateSql("m", "left")}) ORDER BY m.position)
            FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.partnership_id = p.id), '[]'),
        'savings', coalesce((SELECT json_agg(json_build_object(
              'amountGbp', c.amount_gbp, 'basis', c.basis, 'periodYears', c.period_years, 'note', c.note,
              'sourceUrl', c.source_url, 'creditedTo', coalesce(string_to_array(c.credited_to, '; '), '{}'),
              'reportedYear', c.reported_year) ORDER BY c.position)
            FROM savings_claim c WHERE c.partnership_id = p.id), '[]'),
        'sources', coalesce((SELECT json_agg(json_build_object('url', s.url, 'title', s.title) ORDER BY s.position)
            FROM source s WHERE s.partnership_id = p.id), '[]')
      ) AS entity
       FROM partnership p JOIN model_type mt ON mt.id = p.model_type_id
      WHERE p.slug = ANY($1::text[])`,
    [slugs],
  );
  return new Map(
    rows.map(({ entity: { lastVerifiedOn, lastVerifiedPrecision, ...rest } }) => [
      rest.slug,
      partnershipSnapshot({
        ...rest,
        lastVerified:
          lastVerifiedOn && lastVerifiedPrecision ? { date: lastVerifiedOn, precision: lastVerifiedPrecision } : null,
      }),
    ]),
  );
}
