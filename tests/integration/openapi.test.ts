// /api/openapi.json describes the API that answers: real responses validate against its schemas, and its
// parameters are exactly those the filter schema parses.

import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILTER_PARAMETERS, LIST_PARAMETERS } from "@/lib/filters/schema";
import { loadSeed } from "@/lib/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

// Route handlers differ in their params; each is called with the params its path needs.
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response> | Response;

let database: ThrowawayDatabase;
let document: {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string }[];
        responses: Record<string, { content?: { "application/json": { schema: { $ref: string } } } }>;
      }
    >
  >;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const routes: Record<string, () => Promise<{ GET: Handler }>> = {
  "/api/partnerships": () => import("@/app/api/partnerships/route"),
  "/api/partnerships/{slug}": () => import("@/app/api/partnerships/[slug]/route"),
  "/api/health": () => import("@/app/api/health/route"),
  "/api/partnerships.json": () => import("@/app/api/partnerships.json/route"),
  "/api/partnerships/{slug}/history": () => import("@/app/api/partnerships/[slug]/history/route"),
  "/api/councils": () => import("@/app/api/councils/route"),
  "/api/councils/{gss}": () => import("@/app/api/councils/[gss]/route"),
};

beforeAll(async () => {
  database = await createThrowawayDatabase("openapi");
  await loadSeed({ connectionString: database.url });
  process.env.DATABASE_URL = database.url;
  const { GET } = await import("@/app/api/openapi.json/route");
  const response = await GET();
  expect(response.status).toBe(200);
  document = await response.json();
  ajv.addSchema({ $id: "api", components: (document as unknown as { components: unknown }).components });
}, 180_000);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client.server");
  await prisma.$disconnect();
  await database?.drop();
});

/** Calls the route for a concrete path and checks the response against the document's schema for its status. */
async function check(template: string, path: string, params: Record<string, string> = {}): Promise<number> {
  const { GET } = await routes[template]!();
  const response = await GET(new Request(`http://localhost${path}`), {
    params: Promise.resolve(params) as Promise<never>,
  });
  const operation = document.paths[template]?.get;
  expect(operation, `${template} is described`).toBeDefined();
  const described = operation!.responses[String(response.status)];
  expect(described, `${template} describes status ${response.status}`).toBeDefined();
  const ref = (described!.content?.["application/json"]?.schema as { $ref?: string } | undefined)?.$ref;
  if (ref) {
    const validate = ajv.getSchema(`api${ref}`)!;
    const body = await response.json();
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  }
  return response.status;
}

describe("the OpenAPI description", () => {
  it("is OpenAPI 3.1", () => {
    expect(document.openapi).toBe("3.1.0");
  });

  it("lists exactly the filter and list parameters the API parses", () => {
    const names = document.paths["/api/partnerships"]!.get!.parameters!.map((p) => p.name).sort();
    expect(names).toEqual([...FILTER_PARAMETERS, ...LIST_PARAMETERS].sort());
  });

  it("matches real list responses, filtered and not", async () => {
    for (const query of [
      "",
      "service=waste-environment&region=south-west",
      "q=legal&sort=savings&pageSize=50",
      "hasSavings=true&page=2",
    ]) {
      expect(await check("/api/partnerships", `/api/partnerships?${query}`)).toBe(200);
    }
  });

  it("matches real error responses", async () => {
    expect(await check("/api/partnerships", "/api/partnerships?service=cheese")).toBe(400);
    expect(await check("/api/partnerships/{slug}", "/api/partnerships/no-such", { slug: "no-such" })).toBe(404);
  });

  it("matches every partnership's detail response", async () => {
    const { GET } = await routes["/api/partnerships"]!();
    const list = await (
      await GET(new Request("http://localhost/api/partnerships?pageSize=100&page=1"), {
        params: Promise.resolve({}) as Promise<never>,
      })
    ).json();
    for (const item of list.items as { slug: string }[]) {
      expect(await check("/api/partnerships/{slug}", `/api/partnerships/${item.slug}`, { slug: item.slug })).toBe(200);
    }
  });

  it("matches the JSON export and the history", async () => {
    expect(await check("/api/partnerships.json", "/api/partnerships.json?service=legal-democratic")).toBe(200);
    expect(
      await check("/api/partnerships/{slug}/history", "/api/partnerships/xentrall/history", { slug: "xentrall" }),
    ).toBe(200);
    expect(
      await check("/api/partnerships/{slug}/history", "/api/partnerships/no-such/history", { slug: "no-such" }),
    ).toBe(404);
  });

  it("matches the councils API: lists, current, former and abolished councils, and errors", async () => {
    for (const query of ["", "q=Chelteham", "type=district&region=south-west&pageSize=100", "status=former"]) {
      expect(await check("/api/councils", `/api/councils?${query}`)).toBe(200);
    }
    expect(await check("/api/councils", "/api/councils?type=parish")).toBe(400);
    for (const gss of ["E07000078", "E06000004", "E08000016", "E07000150", "S12000049"]) {
      expect(await check("/api/councils/{gss}", `/api/councils/${gss}`, { gss })).toBe(200);
    }
    expect(await check("/api/councils/{gss}", "/api/councils/E99999999", { gss: "E99999999" })).toBe(404);
  });

  it("matches the health response", async () => {
    expect(await check("/api/health", "/api/health")).toBe(200);
  });
});
