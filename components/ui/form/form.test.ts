import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Checkboxes, Radios, Select, Textarea, TextInput } from "./index";

describe("the form kit", () => {
  it("labels a text input, and describes it by its hint and error", () => {
    const html = renderToStaticMarkup(
      h(TextInput, {
        id: "startYear",
        label: "Start year",
        hint: "For example, 2015",
        error: "Enter a year",
        value: "x",
        width: 4,
      }),
    );
    expect(html).toContain('class="govuk-form-group govuk-form-group--error"');
    expect(html).toContain('<label class="govuk-label" for="startYear">Start year</label>');
    expect(html).toContain('<div id="startYear-hint" class="govuk-hint">For example, 2015</div>');
    expect(html).toContain(
      '<p id="startYear-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a year</p>',
    );
    expect(html).toContain('class="govuk-input govuk-input--width-4 govuk-input--error"');
    expect(html).toContain('aria-describedby="startYear-hint startYear-error"');
    expect(html).toContain('name="startYear"');
  });

  it("leaves out what a field does not have", () => {
    const html = renderToStaticMarkup(h(Textarea, { id: "notes", label: "Notes", rows: 3 }));
    expect(html).toBe(
      '<div class="govuk-form-group"><label class="govuk-label" for="notes">Notes</label><textarea class="govuk-textarea" id="notes" name="notes" rows="3"></textarea></div>',
    );
  });

  it("marks a select with an error", () => {
    const html = renderToStaticMarkup(
      h(Select, { id: "sort", label: "Sort by", value: "", error: "Choose", options: [{ value: "", text: "Any" }] }),
    );
    expect(html).toContain('class="govuk-select govuk-select--error"');
    expect(html).toContain('aria-describedby="sort-error"');
  });

  it("gives the first choice the field's id, the others <id>-<value>", () => {
    const html = renderToStaticMarkup(
      h(Checkboxes, {
        id: "type",
        legend: "Type",
        choices: [
          { value: "county", label: "County", selected: true },
          { value: "district", label: "District" },
        ],
      }),
    );
    expect(html).toContain('id="type" type="checkbox" name="type" checked="" value="county"');
    expect(html).toContain('id="type-district" type="checkbox" name="type" value="district"');
    expect(html).toContain('<label class="govuk-label govuk-checkboxes__label" for="type-district">District</label>');
    expect(html).toContain('<div class="govuk-checkboxes govuk-checkboxes--small">');
  });

  it("describes a fieldset by its hint and error, and runs GOV.UK's script when asked", () => {
    const html = renderToStaticMarkup(
      h(Radios, {
        id: "status",
        legend: "Status",
        hint: "One of these",
        error: "Choose one",
        withScripts: true,
        choices: [{ value: "active", label: "Active" }],
      }),
    );
    expect(html).toContain('<fieldset class="govuk-fieldset" aria-describedby="status-hint status-error">');
    expect(html).toContain('<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Status</legend>');
    expect(html).toContain('data-module="govuk-radios"');
  });
});
