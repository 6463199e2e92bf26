/**
 * A figure in Chinese is in Chinese (issue 13 point 3): with `--lang zh` no English word is left in any
 * paper figure — subtitles, scenario names and criteria included — except the file and dataset names
 * a reader must be able to type; scenario names wrap onto lines without splitting a number; and the
 * manifest titles every figure in both languages.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { renderSvg } from "../lib/charts/render";
import { criterionName, scenarioName, wrapCjk } from "../lib/charts/scenario-names";
import { textBoxes } from "../lib/charts/text-boxes";
import { FIGURES } from "../lib/figures/registry";
import { buildContext } from "../lib/figures/write";

/** English words a Chinese figure may keep: names of files and datasets, and the method's own name. */
const ALLOWED = new Set(["data", "recommendations", "json", "synthetic", "SMAA"]);

describe("figures in Chinese", () => {
  const context = buildContext("zh", 1, 2000);

  for (const def of FIGURES) {
    it(`${def.id} has no English words beyond file and dataset names`, { timeout: 60_000 }, async () => {
      const svg = await renderSvg(def.build(context));
      const words = textBoxes(svg).flatMap((b) => b.text.match(/[A-Za-z]{3,}/g) ?? []);
      expect(words.filter((w) => !ALLOWED.has(w))).toEqual([]);
    });
  }

  it("names scenarios by their Chinese titles and criteria by their Chinese labels, and by ids in English", () => {
    const card = { scenario: "incentive-shift", title_zh: "加强激励工具的促进作用" };
    expect(scenarioName(card, "zh")).toBe("加强激励工具的促进作用");
    expect(scenarioName(card, "en")).toBe("incentive-shift");
    expect(scenarioName({ scenario: "mine" }, "zh")).toBe("mine"); // no Chinese title: the id
    const criterion = { criterion: "authority-share", label_zh: "权威工具适度降低", section: "3.1" };
    expect([criterionName(criterion, "zh"), criterionName(criterion, "both")]).toEqual(["§3.1 权威工具适度降低", "§3.1 authority-share"]);
  });

  it("wraps a name into lines of at most 16 characters that join back to it, never inside a number", () => {
    expect(wrapCjk("矫枉过正：权威工具降至约 30％（警示情景）")).toBe("矫枉过正：权威工具降至\n约 30％（警示情景）");
    expect(wrapCjk("土地供应：善用“收放”政策调控机制")).toBe("土地供应：\n善用“收放”政策调控机制");
    const cjk = fc.string({ unit: fc.constantFrom(..."土地供应权威工具激励学习：，、0123456789％"), maxLength: 60 });
    fc.assert(
      fc.property(cjk, (text) => {
        const lines = wrapCjk(text).split("\n");
        expect(lines.join("")).toBe(text);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
      }),
    );
  });
});
