// Licence and attribution for every download.

import { ATTRIBUTION, LICENCE } from "@/lib/data-exchange/licence";

export function LicenceNotice() {
  return (
    <>
      <p className="govuk-body">
        The partnership data is available under the{" "}
        <a className="govuk-link" href={LICENCE.url} rel="license">
          {LICENCE.name}
        </a>
        . You may copy, publish, adapt and use it, commercially or not, if you reproduce the attribution below.
      </p>
      <div className="govuk-inset-text">
        {ATTRIBUTION.map((statement) => (
          <p className="govuk-body" key={statement}>
            {statement}
          </p>
        ))}
      </div>
      <ul className="govuk-list govuk-list--bullet">
        <li>Partnership entries: compiled from public council documents, cited in each entry&apos;s sources.</li>
        <li>
          Council names and GSS codes: mySociety,{" "}
          <a className="govuk-link" href="https://creativecommons.org/licenses/by/4.0/">
            Creative Commons Attribution 4.0
          </a>
          .
        </li>
        <li>
          Council points and boundaries: Office for National Statistics and Ordnance Survey, Open Government Licence
          v3.0.
        </li>
      </ul>
    </>
  );
}
