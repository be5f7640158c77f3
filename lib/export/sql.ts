// The one export query: a complete row per matching partnership (members, service areas, savings, sources
// aggregated in SQL), selected through the filters' own query builder (matchingIdsQuery) and in its order.
// The outer query reads only the ordered id list, so the rows come out in the filter's order and can be
// streamed with a cursor in constant memory.

import { Prisma } from "@/lib/generated/prisma/client";
import type { ListOptions } from "@/lib/filters/schema";
import { matchingIdsQuery, type ResolvedFilter } from "@/lib/filters/sql";

const ROW = Prisma.sql`(SELECT json_build_object(
    'slug', p.slug, 'name', p.name, 'summary', p.summary, 'modelType', mt.slug, 'modelTypeLabel', mt.label,
    'status', p.status, 'startYear', p.start_year, 'endYear', p.end_year,
    'annualisedSavingsGbp', p.annualised_savings_gbp, 'sourceNotes', p.source_notes,
    'lastVerified', CASE p.last_verified_precision
        WHEN 'year' THEN to_char(p.last_verified_on, 'YYYY')
        WHEN 'month' THEN to_char(p.last_verified_on, 'YYYY-MM')
        WHEN 'day' THEN to_char(p.last_verified_on, 'YYYY-MM-DD') END,
    'contactEmail', p.contact_email, 'contactUrl', p.contact_url,
    'serviceAreas', coalesce((SELECT json_agg(json_build_object('slug', s.slug, 'label', s.label) ORDER BY s.sort_order)
        FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
       WHERE ps.partnership_id = p.id), '[]'),
    'members', coalesce((SELECT json_agg(json_build_object(
          'gss', o.gss, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'role', m.role, 'note', m.note,
          'latitude', o.latitude, 'longitude', o.longitude) ORDER BY m.position)
        FROM membership m
        -- OFFSET 0 keeps this a keyed lookup per member: a hash join would scan every organisation per row.
        CROSS JOIN LATERAL (SELECT * FROM organisation o WHERE o.id = m.organisation_id OFFSET 0) o
       WHERE m.partnership_id = p.id), '[]'),
    'savings', coalesce((SELECT json_agg(json_build_object(
          'amountGbp', c.amount_gbp, 'basis', c.basis, 'periodYears', c.period_years, 'note', c.note,
          'sourceUrl', c.source_url) ORDER BY c.position)
        FROM savings_claim c WHERE c.partnership_id = p.id), '[]'),
    'sources', coalesce((SELECT json_agg(src.url ORDER BY src.position) FROM source src WHERE src.partnership_id = p.id), '[]')
  ) FROM partnership p JOIN model_type mt ON mt.id = p.model_type_id WHERE p.id = matching.id)`;

/** SELECT row (a JSON object, see ExportRow) for every partnership the filter matches, in the sort's order. */
export function exportRowsQuery(resolved: ResolvedFilter, sort: ListOptions["sort"]): Prisma.Sql {
  return Prisma.sql`SELECT ${ROW} AS row FROM (${matchingIdsQuery(resolved, sort)}) AS matching`;
}

/** The query as text with $n placeholders and its values, for the pg driver (cursor or COPY). */
export function toPgQuery(query: Prisma.Sql): { text: string; values: unknown[] } {
  return { text: query.text, values: query.values };
}
