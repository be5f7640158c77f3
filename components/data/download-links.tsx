// Links to every export format of one filter. The directory shows them as "Download these results" with its
// own query string; the /data page shows them for the whole data set and for the filter it was given.

import { downloadHref } from "@/lib/filters/urls";

export function DownloadLinks({
  query = "",
  headingLevel,
  title,
}: {
  query?: string;
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const links = [
    {
      href: downloadHref("/api/partnerships.csv", query, { format: "excel" }),
      label: "CSV for Excel",
      hint: "UTF-8 with a byte-order mark, so £ and accents show correctly",
    },
    { href: downloadHref("/api/partnerships.csv", query), label: "CSV", hint: "UTF-8, RFC 4180" },
    { href: downloadHref("/api/partnerships.json", query), label: "JSON", hint: "the list API's items, all of them" },
    {
      href: downloadHref("/api/partnerships.geojson", query),
      label: "GeoJSON",
      hint: "a point per partnership, for mapping software",
    },
  ];
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <div className="directory-download-links">
      {title && <Heading className={headingLevel === 3 ? "govuk-heading-s" : "govuk-heading-m"}>{title}</Heading>}
      <ul className="govuk-list">
        {links.map((link) => (
          <li key={link.label}>
            <a className="govuk-link" href={link.href} download>
              {link.label}
            </a>{" "}
            <span className="govuk-body-s">({link.hint})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
