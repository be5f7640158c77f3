// The published OpenAPI document: the partnership API plus the sections other parts of the API contribute.

import { openApiDocument } from "./openapi";
import { councilsSection, exportsSection } from "./openapi-sections";

export function fullOpenApiDocument() {
  return openApiDocument([exportsSection, councilsSection]);
}
