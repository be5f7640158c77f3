// The CSV export described for machines: a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
// generated from the one column list.

import { EXPORT_COLUMNS } from "./columns";
import { ATTRIBUTION, LICENCE } from "./licence";

export function tableSchema() {
  return {
    $schema: "https://specs.frictionlessdata.io/schemas/table-schema.json",
    title: "Shared Services Directory: partnerships",
    description:
      "One row per partnership, as written by /api/partnerships.csv. UTF-8, comma-separated, CRLF line ends, a header row. " +
      'Lists inside a cell are joined with "; ". Text beginning with =, +, -, @, a tab or a carriage return is written with a ' +
      "leading apostrophe so spreadsheets never run it as a formula; remove one leading apostrophe from such text to read it.",
    licenses: [{ name: "OGL-UK-3.0", title: LICENCE.name, path: LICENCE.url }],
    attribution: ATTRIBUTION.join(" "),
    fields: EXPORT_COLUMNS.map((column) => ({
      name: column.name,
      title: column.title,
      description:
        column.description +
        (column.use === "derived" ? " Derived; ignored on import." : "") +
        (column.use === "new-partners" ? " Optional on import: read only for partners not yet in the directory." : ""),
      type: column.type,
      ...("required" in column && column.required ? { constraints: { required: true } } : {}),
      ...(column.example ? { example: column.example } : {}),
    })),
    primaryKey: ["slug"],
    missingValues: [""],
  };
}
