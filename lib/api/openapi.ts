// The API described in OpenAPI 3.1. Response bodies are zod schemas turned into JSON Schema, and the parameters
// come from the same vocabulary the filter schema parses, so the description cannot drift from the code
// unnoticed: a test validates real responses against this document.

import { z } from "zod";
import {
  MEMBER_ROLES,
  MODEL_TYPE_SLUGS,
  ORGANISATION_KINDS,
  PARTNERSHIP_STATUSES,
  SAVINGS_BASIS_SLUGS,
  SERVICE_AREA_SLUGS,
  DATE_PRECISIONS,
} from "@/lib/vocabulary";
import {
  FACETS,
  FILTER_PARAMETERS,
  FILTER_PARAMETER_SPECS,
  LIST_PARAMETERS,
  LIST_PARAMETER_SPECS,
  MAX_PAGE_SIZE,
} from "@/lib/filters/parameters";

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const year = z.int().min(1800).max(2100);
const pounds = z.number().min(0);

export const errorSchema = z
  .object({
    error: z.object({
      message: z.string(),
      parameter: z.string().optional(),
      allowed: z.array(z.string()).optional(),
      problems: z
        .array(
          z.object({ message: z.string(), parameter: z.string().optional(), allowed: z.array(z.string()).optional() }),
        )
        .optional(),
    }),
  })
  .meta({ id: "Error" });

const contactSchema = nullable(
  z.object({
    website: nullable(z.string()).describe("The partnership's own website or contact page"),
    email: nullable(z.string()).describe("A role mailbox (never a named person)"),
    councils: z
      .array(z.object({ gss: z.string(), name: z.string(), role: z.enum(MEMBER_ROLES), homepageUrl: z.string() }))
      .describe("The lead council first, then the other member councils, with their homepages"),
  }),
).describe("Every public way to get in touch; null when there is none");
/** When a member joined or left, as precisely as known. */
const memberDate = (event: "joined" | "left") =>
  nullable(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)).describe(
    `When the member ${event}: "2015", "2019-03" or "2019-03-31", as precisely as known; null when not known`,
  );
/** An abolished member council through which a partnership counts for the council that replaced it. */
export const viaPredecessorSchema = z.object({
  gss: z.string(),
  name: z.string(),
  abolishedOn: nullable(z.string()),
  successorGss: z.string(),
  successorName: z.string(),
});

export const partnershipSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    modelType: z.enum(MODEL_TYPE_SLUGS),
    status: z.enum(PARTNERSHIP_STATUSES),
    startYear: nullable(year),
    endYear: nullable(year),
    serviceAreas: z.array(z.enum(SERVICE_AREA_SLUGS)),
    members: z.array(
      z.object({
        gss: nullable(z.string()),
        name: z.string(),
        role: z.enum(MEMBER_ROLES),
        joined: memberDate("joined"),
        left: memberDate("left"),
      }),
    ),
    savings: z.array(
      z.object({
        amountGbp: pounds,
        basis: z.enum(SAVINGS_BASIS_SLUGS as [string, ...string[]]),
        periodYears: nullable(z.number().positive()),
        note: nullable(z.string()),
      }),
    ),
    annualisedSavingsGbp: nullable(pounds).describe(
      "The annualised estimate; null when no savings are reported or none can be annualised",
    ),
    lastVerified: nullable(z.string()).describe(
      'When the entry was last checked against its sources: "2020", "2020-03" or "2020-03-05"',
    ),
    url: z.string(),
    contact: contactSchema,
    lineage: z
      .object({ predecessors: z.array(z.string()), partOf: z.array(z.string()) })
      .describe("The slugs of the partnerships this one followed, and of the wider arrangements it is part of"),
    viaPredecessors: z
      .array(viaPredecessorSchema)
      .describe(
        "With council: the abolished member councils through which the partnership counts for a chosen council that is not itself a member (e.g. Allerdale for Cumberland); empty otherwise",
      ),
    distanceKm: nullable(z.number().min(0))
      .optional()
      .describe(
        "With near only: kilometres, to one decimal, from that council's point to the nearest member; null when no member has a point",
      ),
  })
  .meta({ id: "PartnershipSummary" });

const facetCount = z.object({ value: z.string(), label: z.string(), count: z.int().min(0) });

export const partnershipListSchema = z
  .object({
    total: z.int().min(0),
    page: z.int().min(1),
    pageSize: z.int().min(1).max(MAX_PAGE_SIZE),
    items: z.array(partnershipSummarySchema),
    facets: z.object(
      Object.fromEntries(FACETS.map((facet) => [facet, z.array(facetCount)])) as Record<
        (typeof FACETS)[number],
        z.ZodArray<typeof facetCount>
      >,
    ),
    totals: z.object({
      partnerships: z.int().min(0),
      councils: z.int().min(0),
      annualisedSavingsGbp: pounds,
      achievedSavingsGbp: pounds.describe("The part of annualisedSavingsGbp from savings reported as made"),
      projectedSavingsGbp: pounds.describe("The part from projections and targets"),
      withSavings: z.int().min(0),
    }),
  })
  .meta({ id: "PartnershipList" });

export const partnershipDetailSchema = partnershipSummarySchema
  .omit({ viaPredecessors: true, distanceKm: true })
  .extend({
    members: z.array(
      z.object({
        gss: nullable(z.string()),
        name: z.string(),
        role: z.enum(MEMBER_ROLES),
        kind: z.enum(ORGANISATION_KINDS),
        note: nullable(z.string()),
        joined: memberDate("joined"),
        left: memberDate("left"),
      }),
    ),
    savings: z.array(
      z.object({
        amountGbp: pounds,
        basis: z.enum(SAVINGS_BASIS_SLUGS as [string, ...string[]]),
        periodYears: nullable(z.number().positive()),
        annualisedGbp: nullable(pounds),
        note: nullable(z.string()),
        sourceUrl: nullable(z.string()),
        creditedTo: z
          .array(z.object({ gss: z.string(), name: z.string() }))
          .describe("The member councils whose saving it is; empty for the whole partnership"),
        reportedYear: nullable(year),
      }),
    ),
    sources: z.array(z.object({ url: z.string(), title: nullable(z.string()) })),
    lineage: z
      .object(
        Object.fromEntries(
          ["predecessors", "successors", "partOf", "parts"].map((key) => [
            key,
            z.array(z.object({ slug: z.string(), name: z.string() })),
          ]),
        ) as Record<
          "predecessors" | "successors" | "partOf" | "parts",
          z.ZodArray<z.ZodObject<{ slug: z.ZodString; name: z.ZodString }>>
        >,
      )
      .describe("Came before, came after, part of, and its parts"),
    lastVerified: nullable(z.object({ date: z.string(), precision: z.enum(DATE_PRECISIONS) })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "PartnershipDetail" });

export const healthSchema = z
  .object({ status: z.literal("ok"), database: z.literal("ok"), partnerships: z.int().min(0) })
  .meta({ id: "Health" });

export const healthProblemSchema = z
  .object({
    status: z.literal("error"),
    database: z.literal("unavailable"),
    error: z.object({ message: z.string() }),
  })
  .meta({ id: "HealthProblem" });

/** Further paths and schemas contributed by other parts of the API (councils), merged into the document. */
export interface ApiSection {
  paths: Record<string, unknown>;
  schemas: z.ZodType[];
}

/** The query parameters of every filtered list and export, as the registry describes them. */
export const filterParameters = FILTER_PARAMETERS.map((name) => ({
  name,
  in: "query",
  ...FILTER_PARAMETER_SPECS[name].openApi,
}));

const listParameters = LIST_PARAMETERS.map((name) => ({ name, in: "query", ...LIST_PARAMETER_SPECS[name].openApi }));

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const jsonResponse = (description: string, id: string) => ({
  description,
  content: { "application/json": { schema: ref(id) } },
});
const errorResponses = {
  "400": jsonResponse(
    "A parameter is not valid: the error names it and, for vocabularies, lists the allowed values.",
    "Error",
  ),
};

/** JSON Schemas of the given zod schemas, keyed by their ids, with references between them kept. */
function componentSchemas(schemas: z.ZodType[]): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const schema of schemas) {
    const id = (schema.meta() as { id?: string } | undefined)?.id;
    if (id) registry.add(schema, { id });
  }
  const { schemas: out } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(out).map(([id, schema]) => [id, { ...schema, $schema: undefined, $id: undefined }]),
  );
}

export function openApiDocument(sections: ApiSection[] = []) {
  const schemas = [
    errorSchema,
    partnershipSummarySchema,
    partnershipListSchema,
    partnershipDetailSchema,
    healthSchema,
    healthProblemSchema,
    ...sections.flatMap((s) => s.schemas),
  ];
  return {
    openapi: "3.1.0",
    info: {
      title: "Shared Services Directory API",
      version: "1.0.0",
      description:
        "UK public-sector shared-service partnerships: search and filter them, read one in full, and look up councils. " +
        "Every list takes the same filter parameters as the directory page. Data under the Open Government Licence v3.0; " +
        "council codes from mySociety (CC BY 4.0).",
      license: {
        name: "Open Government Licence v3.0",
        url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      },
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/partnerships": {
        get: {
          operationId: "listPartnerships",
          summary: "Partnerships matching a filter, a page at a time, with facet counts and totals",
          parameters: [...filterParameters, ...listParameters],
          responses: { "200": jsonResponse("A page of matching partnerships", "PartnershipList"), ...errorResponses },
        },
      },
      "/api/partnerships/{slug}": {
        get: {
          operationId: "getPartnership",
          summary: "One partnership in full",
          parameters: [
            {
              name: "slug",
              in: "path",
              required: true,
              schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
            },
          ],
          responses: {
            "200": jsonResponse("The partnership", "PartnershipDetail"),
            ...errorResponses,
            "404": jsonResponse("No partnership has that slug", "Error"),
          },
        },
      },
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Whether the service and its database answer",
          responses: {
            "200": jsonResponse("The service is up", "Health"),
            "503": jsonResponse("The database does not accept connections (down, restarting or busy)", "HealthProblem"),
          },
        },
      },
      ...Object.assign({}, ...sections.map((s) => s.paths)),
    },
    components: { schemas: componentSchemas(schemas) },
  };
}
