import { describe, expect, it } from "vitest";
import { decodeMapPayload, encodeMapPayload, type MapPayload } from "./payload";

const payload: MapPayload = {
  total: 3,
  unlocated: 1,
  bounds: [-4.25, 55.86, -4.25, 55.86],
  services: [{ slug: "waste-environment", label: "Waste & environment" }],
  models: [{ slug: "shared-service", label: "Shared service" }],
  councils: [
    {
      gss: "S12000049",
      name: "Glasgow City",
      latitude: 55.86,
      longitude: -4.25,
      formerGssCodes: ["S12000046"],
      partnerships: 2,
      savingsGbp: null,
    },
  ],
};

describe("the map's payload", () => {
  it("travels as tuples and reads back as it was", () => {
    const wire = encodeMapPayload(payload);
    expect(wire.councils[0]).toEqual(["S12000049", "Glasgow City", 55.86, -4.25, ["S12000046"], 2, null]);
    expect(decodeMapPayload(JSON.parse(JSON.stringify(wire)))).toEqual(payload);
  });
});
