import type { Dimension } from "../dataset/types";
import type { Intensity } from "./types";

/** An operation resolved against a dimension's slot layout: node ids turned into slot indices. */
export type CompiledOperation =
  | { kind: "transfer"; dimension: Dimension; from: Int32Array; to: Array<{ members: Int32Array; weight: number }>; mode: "pp" | "fraction"; intensity: Intensity }
  | { kind: "reweight"; dimension: Dimension; node: Int32Array; rest: Int32Array; intensity: Intensity }
  | { kind: "set"; dimension: Dimension; node: Int32Array; rest: Int32Array; intensity: Intensity }
  | { kind: "toward"; dimension: Dimension; children: Int32Array[]; reference: Float64Array; intensity: Intensity }
  | { kind: "add"; dimension: Dimension; node: Int32Array; intensity: Intensity };

/** The lowest and highest value an intensity can take. */
export function intensityBounds(intensity: Intensity): [number, number] {
  return typeof intensity === "number" ? [intensity, intensity] : [intensity.min, intensity.max];
}
