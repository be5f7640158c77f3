import { EmbedSnippet } from "./embed-snippet";

/** On a council's page: its partnerships' map and its list widget, ready to paste into the council's own site. */
export function CouncilEmbedSnippets({ gss, name, origin }: { gss: string; name: string; origin: string }) {
  return (
    <>
      <EmbedSnippet
        summary="Show this map on your own website"
        src={`${origin}/embed/map?council=${gss}`}
        title={`Map of ${name}’s shared-service partnerships`}
        height={600}
      >
        <p className="govuk-body">A map of {name}’s partnerships and their member councils.</p>
      </EmbedSnippet>
      <EmbedSnippet
        summary="Show this list on your own website"
        src={`${origin}/embed/council/${gss}`}
        title={`${name}’s shared-service partnerships`}
        height={360}
      >
        <p className="govuk-body">A short list of {name}’s partnerships, each linked to its page here.</p>
      </EmbedSnippet>
    </>
  );
}
