/**
 * Figures a journal accepts (issue 13 point 3): no text of any figure runs into another, in any
 * language — every paper figure in zh, en and both, and every figure of the shipped study, checked
 * from the SVG's text boxes measured with the real font (lib/charts/text-boxes.ts); and no more than
 * 10 % of a canvas is blank margin (lib/charts/trim.ts). The checks themselves are tested on drawings
 * whose answers are known, including rotated labels, so a pass means something.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { arcLabel } from "../lib/charts/arc-labels";
import { rasterize, renderSvg } from "../lib/charts/render";
import { inkBox, trimmedSvg } from "../lib/charts/trim";
import { parseTransform, textBoxes, textOverlaps } from "../lib/charts/text-boxes";
import { textWidth } from "../lib/charts/text-metrics";
import { FIGURES } from "../lib/figures/registry";
import { buildContext } from "../lib/figures/write";
import { shippedStudies } from "../lib/cli/study";
import { loadStudy } from "../lib/study/load";
import { runStudy } from "../lib/study/run";

const svg = (body: string) => `<svg width="400" height="200">${body}</svg>`;
const text = (x: number, y: number, s: string, extra = "") => `<text transform="translate(${x},${y})${extra}" font-size="10px">${s}</text>`;

describe("the text-overlap check", () => {
  it("finds two labels drawn over each other, and none for labels side by side", () => {
    expect(textOverlaps(svg(text(0, 20, "土地供应") + text(20, 20, "运营监管")))).toHaveLength(1); // 40 px wide, 20 px apart
    expect(textOverlaps(svg(text(0, 20, "土地供应") + text(45, 20, "运营监管")))).toHaveLength(0);
    expect(textOverlaps(svg(text(0, 20, "Land") + text(0, 35, "Land")))).toHaveLength(0); // one line below the other
  });

  it("follows nested group transforms, anchors and tspan lines", () => {
    const nested = `<g transform="translate(100,0)"><g transform="translate(0,50)">${text(0, 0, "权威工具")}</g></g>`;
    const [box] = textBoxes(svg(nested));
    expect(box.corners[0][0]).toBeCloseTo(100, 6);
    const end = textBoxes(svg(`<text text-anchor="end" transform="translate(100,20)" font-size="10px">权威</text>`))[0];
    expect(end.corners[1][0]).toBeCloseTo(100, 6); // the right edge at the anchor
    const lines = textBoxes(svg(`<text transform="translate(0,20)" font-size="10px"><tspan>first</tspan><tspan x="0" dy="13">second</tspan></text>`));
    expect(lines.map((b) => b.text)).toEqual(["first", "second"]);
    expect(lines[1].corners[0][1] - lines[0].corners[0][1]).toBeCloseTo(13, 6);
  });

  it("judges rotated labels as drawn: parallel neighbours apart, a crossing label caught", () => {
    const rotated = (x: number) => `<text text-anchor="end" transform="translate(${x},100) rotate(320)" font-size="11px">§3.1 authority-share</text>`;
    expect(textOverlaps(svg(rotated(0) + rotated(34)))).toHaveLength(0); // the heatmap's column labels
    expect(textOverlaps(svg(rotated(0) + text(-60, 140, "crossing label")))).toHaveLength(1);
  });

  it("ignores hidden text", () => {
    expect(textOverlaps(svg(text(0, 20, "土地") + `<text transform="translate(0,20)" font-size="10px" opacity="0">土地</text>`))).toHaveLength(0);
  });

  it("composes transforms as SVG does (translate then rotate about the new origin)", () => {
    const m = parseTransform("translate(10,20) rotate(90)");
    // the point (1, 0) maps to (10 + 0, 20 + 1)
    expect(m[0] * 1 + m[4]).toBeCloseTo(10, 9);
    expect(m[1] * 1 + m[5]).toBeCloseTo(21, 9);
  });
});

describe("sunburst labels (arcLabel)", () => {
  it("never returns a label wider than the room of its arc", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.double({ min: 0.01, max: 3, noNaN: true }), fc.double({ min: 0, max: 6.28, noNaN: true }), (s, sweep, mid) => {
        const place = { sweep, mid, radius: 145, thickness: 70, fontSize: 9 };
        const shown = arcLabel(s, place);
        const lines = Array.isArray(shown) ? shown : shown === "" ? [] : [shown];
        const room = Math.min(Math.abs(Math.cos(mid)) > 1e-9 ? (145 * sweep) / Math.abs(Math.cos(mid)) : Infinity, Math.abs(Math.sin(mid)) > 1e-9 ? 70 / Math.abs(Math.sin(mid)) : Infinity);
        for (const l of lines) expect(textWidth(l, 9) + 8).toBeLessThanOrEqual(room + 1e-9);
      }),
    );
  });
});

/** The share of the canvas outside the bounding box of what is drawn. */
function blankShare(svg: string): number {
  const image = rasterize(svg, 96);
  const box = inkBox(image.pixels, image.width, image.height)!;
  return 1 - ((box.x1 - box.x0 + 1) * (box.y1 - box.y0 + 1)) / (image.width * image.height);
}

describe("the canvas cut to the drawing", () => {
  const wide = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="400" height="200" fill="white"/><rect x="10" y="20" width="100" height="50" fill="black"/></svg>`;

  it("finds the ink and keeps a 4 px margin, without scaling", () => {
    expect(blankShare(wide)).toBeGreaterThan(0.9);
    const box = inkBox(rasterize(wide, 96).pixels, 400, 200)!;
    expect(box).toEqual({ x0: 10, y0: 20, x1: 109, y1: 69 });
    const cut = trimmedSvg(wide, box);
    expect(cut).toContain('width="108" height="58" viewBox="6 16 108 58"');
    expect(blankShare(cut)).toBeCloseTo(1 - (100 * 50) / (108 * 58), 3); // only the margins are blank
  });

  it("finds nothing on a blank image", () => {
    expect(inkBox(new Uint8Array(4 * 9).fill(255), 3, 3)).toBeNull();
  });
});

describe("every figure, in every language", () => {
  for (const lang of ["zh", "en", "both"] as const) {
    it(`has no overlapping text and at most 10 % blank canvas (${lang})`, async () => {
      const context = buildContext(lang, 1, 500);
      const found: string[] = [];
      for (const def of FIGURES) {
        const svg = await renderSvg(def.build(context));
        found.push(...textOverlaps(svg).map(([a, b]) => `${def.id}: "${a.text}" × "${b.text}"`));
        const blank = blankShare(svg);
        if (blank > 0.1) found.push(`${def.id}: ${(100 * blank).toFixed(1)} % blank`);
      }
      expect(found).toEqual([]);
    }, 120_000);
  }
});

describe("every figure of the shipped study (its own scheme)", () => {
  it("has no overlapping text", async () => {
    const found: string[] = [];
    for (const file of shippedStudies()) {
      const out = mkdtempSync(join(tmpdir(), "toolmix-study-text-"));
      await runStudy(loadStudy(file), out, {});
      const svgs = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith(".svg"));
      expect(svgs.length).toBeGreaterThan(3);
      for (const f of svgs) found.push(...textOverlaps(readFileSync(join(out, f), "utf8")).map(([a, b]) => `${f}: "${a.text}" × "${b.text}"`));
    }
    expect(found).toEqual([]);
  }, 180_000);
});

/** Every colour encoding of a category in a spec: its domain and range (nested views included). */
function colourScales(spec: unknown, found: { field: string; domain: unknown; range: unknown }[] = []) {
  if (Array.isArray(spec)) for (const x of spec) colourScales(x, found);
  else if (spec !== null && typeof spec === "object") {
    for (const [key, value] of Object.entries(spec as Record<string, unknown>)) {
      const v = value as { field?: string; type?: string; scale?: { domain?: unknown; range?: unknown } } | null;
      if (key === "color" && v && typeof v === "object" && v.field && (v.type === "nominal" || v.type === "ordinal")) found.push({ field: v.field, domain: v.scale?.domain, range: v.scale?.range });
      else if (key !== "data") colourScales(value, found);
    }
  }
  return found;
}

describe("colours", () => {
  it("are fixed per category: every category colour names its domain and range, the same in every language", () => {
    const byLang = (["zh", "en", "both"] as const).map((lang) => {
      const context = buildContext(lang, 1, 200);
      return FIGURES.map((def) => ({ id: def.id, scales: colourScales(def.build(context)) }));
    });
    const problems: string[] = [];
    for (const figures of byLang) {
      for (const f of figures) {
        for (const s of f.scales) {
          // A rank order (1st, 2nd, …) is its own domain; every named category must be listed.
          if (s.field === "rank") continue;
          if (!Array.isArray(s.domain) || !Array.isArray(s.range)) problems.push(`${f.id}: colour of "${s.field}" without an explicit domain and range`);
          else if (s.range.length < s.domain.length) problems.push(`${f.id}: fewer colours than categories of "${s.field}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Position i of a domain is the same category in every language, so the same range is the same colours.
    for (let i = 0; i < FIGURES.length; i++) {
      const ranges = byLang.map((figures) => figures[i].scales.map((s) => ({ range: s.range, n: Array.isArray(s.domain) ? s.domain.length : 0 })));
      expect(ranges[1], FIGURES[i].id).toEqual(ranges[0]);
      expect(ranges[2], FIGURES[i].id).toEqual(ranges[0]);
    }
  });
});

describe("the scenario comparison", () => {
  it("is compact small multiples: eight scenarios in three columns print under 20 cm tall (a single column printed 44 cm)", async () => {
    const { printedSize } = await import("../lib/charts/png-resolution");
    for (const lang of ["zh", "en", "both"] as const) {
      const context = buildContext(lang, 1, 200);
      const svg = await renderSvg(FIGURES.find((f) => f.id === "scenario-compare")!.build(context));
      expect(context.simulation.length).toBe(8);
      expect(printedSize(svg).heightMm, lang).toBeLessThan(200);
    }
  }, 60_000);
});

describe("one measure per encoding", () => {
  it("prints at a bar's end the number its length shows (the nested theme bars printed shares of the parent beside bars of points)", async () => {
    const { themeBarsSpec } = await import("../lib/charts/hierarchy");
    const context = buildContext("both", 1, 200);
    const spec = themeBarsSpec(context.tables) as unknown as { layer: { mark: { type: string } | string; encoding: { x?: { field: string }; text?: { field: string } } }[] };
    const bars = spec.layer.find((l) => (typeof l.mark === "string" ? l.mark : l.mark.type) === "bar")!;
    const numbers = spec.layer.find((l) => (typeof l.mark === "string" ? l.mark : l.mark.type) === "text")!;
    expect(numbers.encoding.text!.field).toBe(bars.encoding.x!.field);
  });
});
