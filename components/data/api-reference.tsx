// The API reference, rendered from the published OpenAPI document (/api/openapi.json).

import { fullOpenApiDocument } from "@/lib/api/openapi-document";

type Parameter = {
  name: string;
  in: string;
  description?: string;
  required?: boolean;
  schema?: { type?: string; enum?: string[]; items?: { enum?: string[] } };
};
type Operation = { summary?: string; parameters?: Parameter[]; responses?: Record<string, { description?: string }> };

function schemaText(schema: Parameter["schema"]): string {
  if (!schema) return "";
  const values = schema.enum ?? schema.items?.enum;
  return values ? `one of ${values.join(", ")}` : (schema.type ?? "");
}

export function ApiReference() {
  const document = fullOpenApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };
  return (
    <>
      {Object.entries(document.paths).map(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => (
          <section key={`${method} ${path}`} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-s">
              <code>
                {method.toUpperCase()} {path}
              </code>
            </h3>
            {operation.summary && <p className="govuk-body">{operation.summary}</p>}
            {operation.parameters && operation.parameters.length > 0 && (
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">Parameters of {path}</span>
                </summary>
                <div className="govuk-details__text">
                  <dl className="govuk-summary-list">
                    {operation.parameters.map((parameter) => (
                      <div className="govuk-summary-list__row" key={parameter.name}>
                        <dt className="govuk-summary-list__key">
                          <code>{parameter.name}</code>
                          {parameter.required ? " (required)" : ""}
                        </dt>
                        <dd className="govuk-summary-list__value">
                          {parameter.description}{" "}
                          {schemaText(parameter.schema) && (
                            <span className="govuk-body-s">({schemaText(parameter.schema)})</span>
                          )}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </div>
              </details>
            )}
            {operation.responses && (
              <ul className="govuk-list govuk-list--bullet">
                {Object.entries(operation.responses).map(([status, response]) => (
                  <li key={status}>
                    <strong>{status}</strong>: {response.description}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )),
      )}
    </>
  );
}
