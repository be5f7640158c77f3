import { describe, expect, it } from "vitest";
import {
  councilSlug,
  formatMemberNotes,
  formatMemberReference,
  isCouncilReference,
  parseMemberNotes,
  parseMemberReference,
  splitList,
} from "./members";

describe("member references", () => {
  it("round-trip a council, a lead and a provider", () => {
    for (const text of ["E06000005", "E06000004 [lead]", "ibm [provider]"]) {
      const parsed = parseMemberReference(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(formatMemberReference(parsed.value)).toBe(text);
    }
    expect(parseMemberReference("E06000005 [member]")).toEqual({
      ok: true,
      value: { ref: "E06000005", role: "member" },
    });
  });

  it("reject an unknown role and a reference that is neither a GSS code nor a slug", () => {
    expect(parseMemberReference("E06000004 [host]")).toMatchObject({
      ok: false,
      message: expect.stringContaining("role"),
    });
    expect(parseMemberReference("Norse Group")).toMatchObject({ ok: false });
    expect(parseMemberReference("E0600000")).toMatchObject({ ok: false }); // seven digits
    expect(parseMemberReference("E06000004[lead]")).toMatchObject({ ok: false });
    expect(parseMemberReference("Bad_Slug")).toMatchObject({ ok: false });
  });

  it("tell councils from partners by the GSS pattern", () => {
    expect(isCouncilReference("E07000078")).toBe(true);
    expect(isCouncilReference("norse-group")).toBe(false);
    expect(councilSlug("E07000078")).toBe("e07000078");
  });
});

describe("member notes", () => {
  it("round-trip", () => {
    const notes = new Map([
      ["civica", "from Feb 2018"],
      ["lgss", "manager from 2014"],
    ]);
    const text = formatMemberNotes(notes);
    expect(text).toBe("civica: from Feb 2018; lgss: manager from 2014");
    expect(parseMemberNotes(text)).toEqual({ ok: true, value: notes });
  });

  it("keep colons inside the note and reject items without one", () => {
    expect(parseMemberNotes("civica: phase 2: from 2018")).toEqual({
      ok: true,
      value: new Map([["civica", "phase 2: from 2018"]]),
    });
    expect(parseMemberNotes("civica from 2018")).toMatchObject({ ok: false });
    expect(parseMemberNotes("civica: a; civica: b")).toMatchObject({ ok: false });
  });
});

describe("splitList", () => {
  it("is tolerant of spacing and empty items", () => {
    expect(splitList(" a;b ;; c ")).toEqual(["a", "b", "c"]);
    expect(splitList("")).toEqual([]);
  });
});
