import { describe, expect, it } from "vitest";
import { contactOf } from "./contact";

const member = (
  gss: string | null,
  name: string,
  role: "lead" | "member" | "provider",
  homepageUrl: string | null,
) => ({
  gss,
  name,
  role,
  homepageUrl,
});

describe("contactOf", () => {
  it("puts the lead council first and leaves out members without a homepage and non-council partners", () => {
    const contact = contactOf({ contactUrl: "https://example.org/", contactEmail: null }, [
      member("E07000001", "Alpha", "member", "https://alpha.gov.uk"),
      member("E07000002", "Beta", "lead", "https://beta.gov.uk"),
      member("E07000003", "Gamma (abolished)", "member", null),
      member(null, "Norse Group", "provider", null),
    ]);
    expect(contact).toEqual({
      website: "https://example.org/",
      email: null,
      councils: [
        { gss: "E07000002", name: "Beta", role: "lead", homepageUrl: "https://beta.gov.uk" },
        { gss: "E07000001", name: "Alpha", role: "member", homepageUrl: "https://alpha.gov.uk" },
      ],
    });
  });

  it("is null only when there is no route at all", () => {
    expect(contactOf({ contactUrl: null, contactEmail: null }, [member(null, "Norse Group", "provider", null)])).toBe(
      null,
    );
    expect(contactOf({ contactUrl: null, contactEmail: "team@example.gov.uk" }, [])).not.toBe(null);
  });
});
