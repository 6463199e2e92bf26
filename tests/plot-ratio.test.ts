/**
 * Fig. 4 (lib/charts/plot-ratio.ts), drawn from section 2.2.2's text: each city's kind of control is
 * written clear of the band and the dashed ticks (they ran across the words), the subtitle says what
 * the band and the ticks are, with the numbers of the dataset, in every language.
 */
import { describe, expect, it } from "vitest";
import { plotRatioSpec } from "../lib/charts/plot-ratio";
import { renderSvg } from "../lib/charts/render";
import { textBoxes } from "../lib/charts/text-boxes";
import { loadDataset } from "../lib/dataset/load";

describe("Fig. 4, plot-ratio controls", () => {
  const parameters = loadDataset().cityParameters;

  for (const lang of ["zh", "en", "both"] as const) {
    it(`writes each city's control right of the plot, past every tick (${lang})`, async () => {
      const boxes = textBoxes(await renderSvg(plotRatioSpec(parameters, { lang })));
      const left = (b: (typeof boxes)[number]) => Math.min(...b.corners.map((c) => c[0]));
      const right = (b: (typeof boxes)[number]) => Math.max(...b.corners.map((c) => c[0]));
      const lastTick = boxes.find((b) => b.text === "7.0")!;
      const notes = boxes.filter((b) => /下限控制|区间控制|上限提高至|lower-bound control|interval control|upper limit raised to/.test(b.text));
      expect(notes).toHaveLength(8); // eight cities of section 2.2.2
      for (const note of notes) expect(left(note), note.text).toBeGreaterThan(right(lastTick) - 8);
      expect(boxes.some((b) => b.text.includes("6.0") && /上限提高至|upper limit raised to/.test(b.text))).toBe(true);
    });
  }

  it("says in the subtitle what the band and the dashed lines are, with the dataset's numbers", () => {
    const spec = plotRatioSpec(parameters, { lang: "en" }) as unknown as { title: { subtitle: string[] } };
    expect(spec.title.subtitle[1]).toBe("shaded: the usual range 1.5–5.0; dashed: usual lower bounds and interval upper bounds (1.5, 2.0, 3.0, 4.0, 5.0)");
    const zh = plotRatioSpec(parameters, { lang: "zh" }) as unknown as { title: { subtitle: string[] } };
    expect(zh.title.subtitle[1]).toContain("阴影：常见范围 1.5–5.0");
  });
});
