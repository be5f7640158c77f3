import type { Metadata } from "next";
import { AbolishedCouncilsTable, CurrentCouncilsTable } from "@/components/council/councils-table";
import { listCouncils } from "@/lib/councils/index.server";
import { formatCount } from "@/lib/format";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Councils" };

export default async function CouncilsPage() {
  const { current, abolished } = await listCouncils();
  return (
    <>
      <h1 className="govuk-heading-xl">Councils</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Every UK principal council, with the number of shared-service partnerships it is part of. Councils abolished
            by reorganisation keep their page and their partnerships.
          </p>
        </div>
      </div>

      {current.length === 0 && abolished.length === 0 ? (
        <p className="govuk-body">No councils have been recorded yet.</p>
      ) : (
        <>
          <h2 className="govuk-heading-l">Current councils ({formatCount(current.length)})</h2>
          <CurrentCouncilsTable councils={current} caption="Current councils" />

          {abolished.length > 0 && (
            <>
              <h2 className="govuk-heading-l" id="abolished">
                Abolished councils ({formatCount(abolished.length)})
              </h2>
              <p className="govuk-body">
                These councils no longer exist. Each is listed with the council or councils that now cover its area.
              </p>
              <AbolishedCouncilsTable councils={abolished} caption="Abolished councils" />
            </>
          )}
        </>
      )}
    </>
  );
}
