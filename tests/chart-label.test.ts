/** Chart labels in one or both languages: a name the same in both (a region code) is written once. */
import { describe, expect, it } from "vitest";
import { label, labelLines } from "../lib/charts/theme";

describe("label", () => {
  it("writes Chinese, English, or both, and a name shared by both once", () => {
    expect(label("权威型", "Authority", "zh")).toBe("权威型");
    expect(label("权威型", "Authority", "en")).toBe("Authority");
    expect(label("权威型", "Authority", "both")).toBe("权威型 Authority");
    expect(label("east", "east", "both")).toBe("east");
  });
  it("puts each language of a subtitle on its own line", () => {
    expect(labelLines("种子 1", "seed 1", "both")).toEqual(["种子 1", "seed 1"]);
    expect(labelLines("种子 1", "seed 1", "en")).toBe("seed 1");
  });
});
