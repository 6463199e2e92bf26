/**
 * Reference values for every indicator, computed independently of the kit with numpy and pasted
 * as constants. The script (python3 with numpy; run `python3 ref.py`):
 *
 *   import numpy as np
 *   c = np.array([993,456,26,103,108,115,146,3,90,0], float)  # Table 2 cells: tool × (promotion, constraint)
 *   N = c.sum(); x = c / N
 *   y = x.copy(); y[0] -= 0.08; y[2] += 0.05; y[8] += 0.03    # incentive-and-learning at its midpoints
 *   def tools(v): return v.reshape(5,2).sum(1)
 *   def ind(v):
 *       t = tools(v); p = t[t>0]; H = -(p*np.log(p)).sum()
 *       return dict(share=t, promo=v.reshape(5,2)[:,0]/t, H=H, even=H/np.log(5), eff=np.exp(H), hhi=(t**2).sum(), promoShare=v.reshape(5,2)[:,0].sum())
 *   def mr(v):  # multiplicative replacement: detection limit 1/N, δ = 0.65/N
 *       lim = 1/max(N, 10); d = 0.65*lim; below = v < lim
 *       return np.where(below, d, v*(1-below.sum()*d)/(1-v[below].sum()))
 *   def clr(a): l = np.log(a); return l - l.mean()
 *   def dist(v): t = tools(mr(v)); return np.linalg.norm(clr(t) - clr(np.full(5, .2)))
 *   def shift(v, b):
 *       a, bb = mr(v).reshape(5,2), mr(b).reshape(5,2)
 *       d2 = ((clr(a.sum(1)) - clr(bb.sum(1)))**2).sum() + (((np.log(a[:,0]/a[:,1]) - np.log(bb[:,0]/bb[:,1]))**2)/2).sum()
 *       return np.sqrt(d2)
 *   # printed: ind(x), dist(x), ind(y), dist(y), 50*|y−x|.sum(), shift(y, x)
 */
import { describe, expect, it } from "vitest";
import { loadDataset, paperDataDir } from "../lib/dataset/load";
import { aitchisonDistance, closure } from "../lib/mix/compose";
import { layoutOf } from "../lib/mix/layout";
import { scorecards } from "../lib/score/scorecard";
import { handCatalogue } from "./support/catalogue";
import { toolIndicators } from "../lib/simulate/indicators";
import type { ScenarioResult } from "../lib/simulate/types";

const paper = loadDataset(paperDataDir());
const layout = layoutOf(paper.codebook, "tools");
const counts = [993, 456, 26, 103, 108, 115, 146, 3, 90, 0];
const x = Float64Array.from(counts, (c) => c / 2040);
const y = Float64Array.from(x);
y[0] -= 0.08;
y[2] += 0.05;
y[8] += 0.03;
const uniform = new Float64Array(5).fill(0.2);
// Computed inside each test (not at load time), so mutation testing can tell which test covers what.
const compute = () => {
  const base = toolIndicators(layout, paper.codebook, uniform, x, null, 1, 2040);
  return { base, moved: toolIndicators(layout, paper.codebook, uniform, y, { mix: x, logs: base.logs }, 1, 2040).values };
};
const at = (values: Record<string, Float64Array>, name: string) => values[name][0];

const REFERENCE = {
  x: {
    share: [0.7102941176470589, 0.06323529411764706, 0.10931372549019608, 0.0730392156862745, 0.04411764705882353],
    promo: [0.6853002070393375, 0.20155038759689922, 0.484304932735426, 0.9798657718120806, 1.0],
    entropy: 0.9883426787321208,
    evenness: 0.6140918336124938,
    effective: 2.686777926205812,
    hhi: 0.5277470203767781,
    promotionShare: 0.6681372549019607,
    distance: 2.185120966678186,
  },
  y: {
    share: [0.6302941176470588, 0.11323529411764706, 0.10931372549019608, 0.0730392156862745, 0.07411764705882354],
    promo: [0.6453569762015866, 0.5541125541125541, 0.484304932735426, 0.9798657718120806, 1.0],
    entropy: 1.1635402896755473,
    evenness: 0.722948229743028,
    effective: 3.201246578326397,
    hhi: 0.43287054978854284,
    promotionShare: 0.6681372549019607,
    distance: 1.783535486303963,
  },
  cost: 8.0,
  shift: 1.3598391548867477,
};

describe("every tool-mix indicator against numpy (Table 2, and the headline scenario at its midpoints)", () => {
  const tools = paper.codebook.tools.map((t) => t.id);
  for (const [name, pick, ref] of [["baseline", () => compute().base.values, REFERENCE.x], ["scenario", () => compute().moved, REFERENCE.y]] as const) {
    it(`${name}: shares, promotion fractions, promotion share`, () => {
      const values = pick();
      tools.forEach((t, j) => {
        expect(at(values, `share.${t}`)).toBeCloseTo(ref.share[j], 14);
        expect(at(values, `promotion.${t}`)).toBeCloseTo(ref.promo[j], 14);
      });
      expect(at(values, "authorityShare")).toBeCloseTo(ref.share[0], 14);
      expect(at(values, "promotionShare")).toBeCloseTo(ref.promotionShare, 14);
    });
    it(`${name}: entropy, evenness, effective number of tools, HHI`, () => {
      const values = pick();
      expect(at(values, "entropy")).toBeCloseTo(ref.entropy, 13);
      expect(at(values, "evenness")).toBeCloseTo(ref.evenness, 13);
      expect(at(values, "effectiveTools")).toBeCloseTo(ref.effective, 13);
      expect(at(values, "hhi")).toBeCloseTo(ref.hhi, 14);
    });
    it(`${name}: Aitchison distance to the uniform mix, zeros replaced (δ = 0.65/N)`, () => {
      const values = pick();
      expect(at(values, "distanceToReference")).toBeCloseTo(ref.distance, 12);
    });
  }
  it("cost of change (½ Σ |Δ| × 100) and Aitchison shift (tools + each split)", () => {
    const { base, moved } = compute();
    expect(at(moved, "costOfChange")).toBeCloseTo(REFERENCE.cost, 12);
    expect(at(moved, "aitchisonShift")).toBeCloseTo(REFERENCE.shift, 12);
    expect(at(base.values, "costOfChange")).toBe(0);
  });
});

describe("compositional verbs by hand", () => {
  it("Aitchison distance of (0.5, 0.5) and (0.8, 0.2) is ln 4 / √2, and scale-invariant", () => {
    expect(aitchisonDistance([0.5, 0.5], [0.8, 0.2])).toBeCloseTo(Math.log(4) / Math.SQRT2, 14);
    expect(aitchisonDistance([1, 1], [8, 2])).toBeCloseTo(Math.log(4) / Math.SQRT2, 14);
    expect(closure([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
  });
});

describe("the scorecard's P(beats baseline): ties count half", () => {
  const catalogue = handCatalogue([{ id: "even", label: "", indicator: "evenness", direction: "increase", cutoffs: [0, 1], values: [0, 1], weight: 1, reasoning: "", recommendation: "r", section: "3.1" }]);
  const result = (scenario: number[], baseline: number[]) =>
    ({ id: "s", title: "S", seed: 1, draws: scenario.length, hash: "h", clippedDraws: 0, baselineDraws: { evenness: Float64Array.from(baseline) }, scenarioDraws: { evenness: Float64Array.from(scenario) } }) as unknown as ScenarioResult;
  it("gives 0.5 when every draw ties, 0.75 for one win and one tie, 0.25 for one loss and one tie", () => {
    const p = (s: number[], b: number[]) => scorecards([result(s, b)], catalogue, Float64Array.of(1)).cards[0].pBeatsBaseline;
    expect(p([0.5, 0.5], [0.5, 0.5])).toBe(0.5);
    expect(p([0.6, 0.5], [0.5, 0.5])).toBe(0.75);
    expect(p([0.4, 0.5], [0.5, 0.5])).toBe(0.25);
  });
});
