import type { Catalogue } from "../../lib/score/types";

/**
 * A hand-written catalogue for scoring tests: the given criteria with pass at 70 and partial at
 * 30, no recommendations, file "hand.json".
 *
 * @example
 * handCatalogue([{ id: "even", label: "", indicator: "evenness", direction: "increase", cutoffs: [0, 1], values: [0, 1], weight: 1, reasoning: "", recommendation: "r", section: "3.1" }]);
 */
export function handCatalogue(criteria: Catalogue["criteria"]): Catalogue {
  return { file: "hand.json", version: "test", marks: { pass: 70, partial: 30 }, recommendations: [], criteria };
}
