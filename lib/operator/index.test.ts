import { describe, expect, it } from "vitest";
import { DEFAULT_OPERATOR_NAME, serviceOperator } from "./index";

describe("serviceOperator", () => {
  it("names the configured organisation and its mailbox", () => {
    expect(
      serviceOperator({
        SERVICE_OPERATOR: " Example District Council ",
        SERVICE_CONTACT_EMAIL: "directory@example.gov.uk",
      }),
    ).toEqual({ name: "Example District Council", email: "directory@example.gov.uk" });
  });

  it("describes the directory itself, with no mailbox, when nothing is configured", () => {
    expect(serviceOperator({})).toEqual({ name: DEFAULT_OPERATOR_NAME, email: null });
    expect(serviceOperator({ SERVICE_OPERATOR: "  ", SERVICE_CONTACT_EMAIL: "" })).toEqual({
      name: DEFAULT_OPERATOR_NAME,
      email: null,
    });
  });

  it("ignores something that is not one email address", () => {
    for (const value of ["not an address", "a@b", "a@b.gov.uk, c@d.gov.uk", "Name <a@b.gov.uk>", "a b@c.gov.uk"]) {
      expect(serviceOperator({ SERVICE_CONTACT_EMAIL: value }).email, value).toBeNull();
    }
  });
});
