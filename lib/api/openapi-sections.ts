// OpenAPI sections for the exports and the revision history; the partnership list and detail are in openapi.ts.

import { z } from "zod";
import {
  COUNCIL_STATUSES,
  COUNCIL_TYPES,
  MEMBER_ROLES,
  NATIONS,
  REGIONS,
  REVISION_ACTIONS,
  SERVICE_AREA_SLUGS,
} from "@/lib/vocabulary";
import { filterParameters, partnershipSummarySchema, viaPredecessorSchema, type ApiSection } from "./openapi";
import { COLUMNS_PARAMETER } from "@/lib/data-exchange/columns";

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export const historySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    revisions: z.array(
      z.object({
        id: z.int(),
        action: z.enum(REVISION_ACTIONS),
        at: z.string(),
        by: z.string().describe('Who made the change: "seed", "import" or "moderator" (never a person\'s address)'),
        summary: z.string(),
        changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() })),
      }),
    ),
  })
  .meta({ id: "History" });

const exportsDescription =
  "Every partnership the filter matches (no filter: the whole data set), streamed; not paginated.";

export const partnershipExportSchema = z
  .object({ licence: z.string(), attribution: z.string(), items: z.array(partnershipSummarySchema) })
  .meta({ id: "PartnershipExport" });

const columnsParameter = { name: "columns", in: "query", ...COLUMNS_PARAMETER.openApi };

export const exportsSection: ApiSection = {
  schemas: [historySchema, partnershipExportSchema],
  paths: {
    "/api/partnerships.csv": {
      get: {
        operationId: "exportCsv",
        summary: "CSV export of a filter",
        description: `${exportsDescription} One row per partnership; columns are described at /api/partnerships.schema.json.`,
        parameters: [
          ...filterParameters,
          {
            name: "format",
            in: "query",
            description: "excel adds a byte-order mark so spreadsheets read UTF-8 (£, accents) correctly.",
            schema: { type: "string", enum: ["csv", "excel"], default: "csv" },
          },
          columnsParameter,
        ],
        responses: {
          "200": { description: "RFC 4180 CSV", content: { "text/csv": {} } },
          "400": errorResponse("A parameter is not valid"),
        },
      },
    },
    "/api/partnerships.json": {
      get: {
        operationId: "exportJson",
        summary: "JSON export of a filter",
        description: `${exportsDescription} With columns, each item holds those columns of the CSV export, by name.`,
        parameters: [...filterParameters, columnsParameter],
        responses: {
          "200": {
            description: "The licence, the attribution it requires, and the list API's items, all of them",
            content: { "application/json": { schema: { $ref: "#/components/schemas/PartnershipExport" } } },
          },
          "400": errorResponse("A parameter is not valid"),
        },
      },
    },
    "/api/partnerships.geojson": {
      get: {
        operationId: "exportGeoJson",
        summary: "GeoJSON export of a filter (RFC 7946)",
        description: `${exportsDescription} One Point feature per partnership at the mean of its member councils' points; geometry=links gives one LineString per membership.`,
        parameters: [
          ...filterParameters,
          { name: "geometry", in: "query", schema: { type: "string", enum: ["points", "links"], default: "points" } },
        ],
        responses: {
          "200": { description: "A FeatureCollection", content: { "application/geo+json": {} } },
          "400": errorResponse("A parameter is not valid"),
        },
      },
    },
    "/api/partnerships.schema.json": {
      get: {
        operationId: "csvTableSchema",
        summary: "Frictionless Table Schema of the CSV export",
        responses: { "200": { description: "Table Schema", content: { "application/json": {} } } },
      },
    },
    "/api/partnerships/{slug}/history": {
      get: {
        operationId: "partnershipHistory",
        summary: "Every revision of one partnership, oldest first, with what changed",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The revisions",
            content: { "application/json": { schema: { $ref: "#/components/schemas/History" } } },
          },
          "404": errorResponse("No partnership has that slug"),
        },
      },
    },
  },
};

const councilRef = z.object({ gss: z.string().nullable(), name: z.string(), url: z.string().nullable() });

export const councilSummarySchema = z
  .object({
    gss: z.string().nullable(),
    name: z.string(),
    officialName: z.string().nullable(),
    type: z.enum(COUNCIL_TYPES).nullable(),
    tier: z.string().nullable(),
    nation: z.enum(NATIONS).nullable(),
    region: z.enum(REGIONS).nullable(),
    current: z.boolean(),
    abolishedOn: z.string().nullable(),
    formerGssCodes: z.array(z.string()),
    successorGss: z.array(z.string()),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    population: z.int().nullable(),
    partnerships: z.int().min(0).describe("How many partnerships the council is a member of"),
    url: z.string().nullable(),
  })
  .meta({ id: "CouncilSummary" });

export const councilListSchema = z
  .object({
    total: z.int().min(0),
    page: z.int().min(1),
    pageSize: z.int().min(1),
    items: z.array(councilSummarySchema),
  })
  .meta({ id: "CouncilList" });

// The detail is the list item with more about the council; its partnerships are listed rather than counted.
export const councilDetailSchema = councilSummarySchema
  .omit({ partnerships: true })
  .extend({
    canonicalGss: z
      .string()
      .nullable()
      .describe("The council's current code; differs from requestedGss when a former code was asked for"),
    requestedGss: z.string(),
    startedOn: z.string().nullable(),
    successors: z.array(councilRef),
    predecessors: z.array(councilRef),
    county: councilRef.nullable(),
    homepageUrl: z.string().nullable(),
    partnerships: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        role: z.enum(MEMBER_ROLES),
        url: z.string(),
        viaPredecessors: z
          .array(viaPredecessorSchema)
          .describe("Listed through the councils this one replaced (empty when the council is itself a member)"),
      }),
    ),
    nearest: z.array(
      z.object({
        gss: z.string(),
        name: z.string(),
        type: z.enum(COUNCIL_TYPES).nullable(),
        distanceKm: z.number(),
        url: z.string(),
      }),
    ),
    like: z.array(
      z.object({
        gss: z.string(),
        name: z.string(),
        type: z.enum(COUNCIL_TYPES).nullable(),
        population: z.int().nullable(),
        distanceKm: z.number(),
        url: z.string(),
      }),
    ),
    partnershipsForUnsharedServices: z.array(
      z.object({
        service: z.enum(SERVICE_AREA_SLUGS),
        label: z.string(),
        partnerships: z.array(
          z.object({ slug: z.string(), name: z.string(), url: z.string(), councils: z.array(z.string().nullable()) }),
        ),
      }),
    ),
  })
  .meta({ id: "CouncilDetail" });

const councilListParameter = (name: string, values: readonly string[]) => ({
  name,
  in: "query",
  description: "Repeatable; values combine with OR.",
  style: "form",
  explode: true,
  schema: { type: "array", items: { type: "string", enum: [...values] } },
});

export const councilsSection: ApiSection = {
  schemas: [councilSummarySchema, councilListSchema, councilDetailSchema],
  paths: {
    "/api/councils": {
      get: {
        operationId: "listCouncils",
        summary: "Councils, current and former, searchable by name or code (forgives small typos)",
        parameters: [
          {
            name: "q",
            in: "query",
            description: "Name, former name or GSS code",
            schema: { type: "string", maxLength: 200 },
          },
          councilListParameter("type", COUNCIL_TYPES),
          councilListParameter("region", REGIONS),
          councilListParameter("nation", NATIONS),
          { name: "status", in: "query", schema: { type: "string", enum: [...COUNCIL_STATUSES], default: "all" } },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
        ],
        responses: {
          "200": {
            description: "A page of councils",
            content: { "application/json": { schema: { $ref: "#/components/schemas/CouncilList" } } },
          },
          "400": errorResponse("A parameter is not valid"),
        },
      },
    },
    "/api/councils/{gss}": {
      get: {
        operationId: "getCouncil",
        summary:
          "One council: its partnerships, nearest councils, councils like it, and partnerships for services it does not yet share",
        parameters: [
          { name: "gss", in: "path", required: true, schema: { type: "string", pattern: "^[ENSWensw][0-9]{8}$" } },
        ],
        responses: {
          "200": {
            description: "The council (a former code answers with its current council)",
            content: { "application/json": { schema: { $ref: "#/components/schemas/CouncilDetail" } } },
          },
          "400": errorResponse("The code is not a GSS code, or a parameter was given"),
          "404": errorResponse("No council has that code"),
        },
      },
    },
  },
};
