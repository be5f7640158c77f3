// OpenAPI sections for the exports and the revision history; the partnership list and detail are in openapi.ts.

import { z } from "zod";
import { filterParameters, partnershipSummarySchema, type ApiSection } from "./openapi";

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
        action: z.enum(["create", "update", "delete", "verify"]),
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
        description: exportsDescription,
        parameters: filterParameters,
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
