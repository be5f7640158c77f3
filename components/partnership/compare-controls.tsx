// "Add to compare" without scripts: each result's checkbox belongs, by its form attribute, to one small GET form
// to /compare placed outside the directory's filter form (forms cannot nest), so ticking a few and pressing the
// button opens /compare?slug=a&slug=b.

import { Checkboxes } from "@/components/ui/form";
import { MAX_COMPARED } from "@/lib/partnerships/compare";

export const COMPARE_FORM_ID = "compare-form";

/** The form the checkboxes and the button belong to; it has no content of its own. */
export function CompareForm() {
  return <form id={COMPARE_FORM_ID} method="get" action="/compare" aria-label="Compare partnerships" />;
}

export function CompareCheckbox({ slug, name }: { slug: string; name: string }) {
  const id = `compare-${slug}`;
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small app-compare-checkbox" data-module="govuk-checkboxes">
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={id}
          name="slug"
          type="checkbox"
          value={slug}
          form={COMPARE_FORM_ID}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          Compare<span className="govuk-visually-hidden"> {name}</span>
        </label>
      </div>
    </div>
  );
}

export function CompareButton() {
  return (
    <button
      type="submit"
      form={COMPARE_FORM_ID}
      className="govuk-button govuk-button--secondary"
      data-module="govuk-button"
    >
      Compare the ticked partnerships
      <span className="govuk-visually-hidden"> (two to {MAX_COMPARED})</span>
    </button>
  );
}

/** On a partnership's page: this partnership and up to three of those like it, ticked, to compare. */
export function CompareWithForm({
  slug,
  name,
  candidates,
}: {
  slug: string;
  name: string;
  candidates: { slug: string; name: string }[];
}) {
  if (candidates.length === 0) return null;
  return (
    <form method="get" action="/compare" className="app-no-print">
      <input type="hidden" name="slug" value={slug} />
      <Checkboxes
        id="compare-with"
        name="slug"
        legend={`Compare ${name} with`}
        hint={`Choose one to ${MAX_COMPARED - 1} partnerships.`}
        choices={candidates.slice(0, 6).map((candidate) => ({ value: candidate.slug, label: candidate.name }))}
        withScripts
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Compare side by side
      </button>
    </form>
  );
}
