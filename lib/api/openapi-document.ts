// The published OpenAPI document: the partnership API plus the sections other parts of the API contribute.

import { jsonOk } from "./responses";
import { openApiDocument } from "./openapi";
import { councilsSection, exportsSection } from "./openapi-sections";

export function fullOpenApiDocument() {
  return openApiDocument([exportsSection, councilsSection]);
}

export function openApiResponse(): Response {
  return jsonOk(fullOpenApiDocument(), { cache: "public, max-age=3600" });
}
