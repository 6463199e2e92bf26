/**
 * A scenario's levers: every intensity its file gives as a range ({ "min": 4, "max": 6 }) is a lever
 * an analyst may set anywhere in that range; a fixed intensity stays fixed. `withLevers` writes one
 * setting of the levers back into the scenario as fixed intensities — an experiment.
 *
 * @example
 * leversOf(loadScenario("scenarios/incentive-and-learning.json")).map((l) => l.id); // ["op1.pp", "op2.pp"]
 */
import type { LoadedScenario } from "../scenario/load";
import type { Operation } from "../scenario/types";
import { intensityField, intensityId, withIntensities } from "./lever-ranges";
import type { Lever } from "./types";

function describe(op: Operation): string {
  const what =
    op.op === "transfer" ? `transfer ${op.from} → ${op.to.map((t) => t.node).join(", ")}` : op.op === "toward" ? `toward (${op.within})` : `${op.op} ${op.node}`;
  return op.note ? `${what} (${op.note})` : what;
}

/** Every lever of a scenario, in the order of its operations. */
export function leversOf(loaded: LoadedScenario): Lever[] {
  return loaded.scenario.operations.flatMap((op, k) => {
    const value = (op as unknown as Record<string, unknown>)[intensityField(op)];
    if (value === null || typeof value !== "object") return [];
    const { min, max } = value as { min: number; max: number };
    return [{ id: intensityId(op, k), label: describe(op), min, max }];
  });
}

/** The scenario with its levers set to `values` (in `leversOf` order), as experiment `index`. */
export function withLevers(loaded: LoadedScenario, levers: readonly Lever[], values: ArrayLike<number>, index: number): LoadedScenario {
  const set = withIntensities(loaded, new Map(levers.map((l, i) => [l.id, values[i]])));
  return { ...set, scenario: { ...set.scenario, id: `${loaded.scenario.id}.e${index}` } };
}

/** A point of the unit cube mapped onto the levers' ranges. */
export function leverValues(levers: readonly Lever[], unit: ArrayLike<number>): Float64Array {
  return Float64Array.from(levers, (l, i) => l.min + (l.max - l.min) * unit[i]);
}
