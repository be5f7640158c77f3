import { describe, expect, it } from "vitest";
import { EMBEDDED_DEFAULTS } from "./config";
import { ephemeralPortRange, freePort, isEphemeralPort, portIsFree } from "./ports";

describe("database ports", () => {
  it("reads the system's range for outgoing connections, with the platform default otherwise", () => {
    expect(ephemeralPortRange(() => "40000\t50000\n", "linux")).toEqual({ low: 40000, high: 50000 });
    expect(ephemeralPortRange(() => "garbage", "linux")).toEqual({ low: 32768, high: 60999 });
    expect(ephemeralPortRange(() => "", "darwin")).toEqual({ low: 49152, high: 65535 });
  });

  it("keeps the default embedded port out of the ephemeral range of Linux, macOS and Windows", () => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      expect(
        isEphemeralPort(
          EMBEDDED_DEFAULTS.port,
          ephemeralPortRange(() => "32768 60999", platform),
        ),
      ).toBe(false);
    }
    expect(isEphemeralPort(EMBEDDED_DEFAULTS.port)).toBe(false);
  });

  it("hands out free ports outside the ephemeral range", async () => {
    const range = ephemeralPortRange();
    for (let i = 0; i < 5; i++) {
      const port = await freePort(range);
      expect(isEphemeralPort(port, range)).toBe(false);
      expect(await portIsFree(port)).toBe(true);
    }
  });
});
