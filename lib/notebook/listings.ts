/**
 * The listings notebooks show beside their results, as records for `showTable` (./table.ts):
 * the scenarios of a folder, the recommendations of a catalogue, a figure's caption. Kept here so
 * that no notebook builds a table or its HTML by hand.
 *
 * @example
 * tm.showTable(tm.scenarioRows(files.map((f) => tm.loadScenario(f).scenario)));
 * tm.showTable(tm.catalogueRows(tm.loadCatalogue()));
 */
import type { FigureDef } from "../figures/registry";
import type { ScenarioFile } from "../scenario/types";
import type { Catalogue } from "../score/types";
import { tableText } from "../messages";
import { escapeHtml } from "../util/html";

/** One row per scenario: id, title, the paper's sections it follows, its operations in order. */
export function scenarioRows(scenarios: readonly ScenarioFile[]): Array<{ id: string; title: string; sections: string; operations: string }> {
  return scenarios.map((s) => ({ id: s.id, title: s.title, sections: (s.sections ?? []).join(", "), operations: s.operations.map((o) => o.op).join(", ") || tableText.none }));
}

/** One row per recommendation: its section, its paraphrase and quoted sentence, and its criteria (or why it cannot be measured). */
export function catalogueRows(catalogue: Catalogue): Array<{ section: string; recommendation: string; criteria: string }> {
  return catalogue.recommendations.map((r) => ({
    section: r.section,
    recommendation: `${r.paraphrase_en} — ${r.quote_zh}`,
    criteria: r.measurable && r.criteria ? r.criteria.map((c) => c.id).join(", ") : tableText.notMeasurable(r.not_measurable ?? ""),
  }));
}

/** A figure's heading for a notebook: its title, then what of the paper it reproduces and the sentence (escaped HTML). */
export function figureHeadingHtml(figure: Pick<FigureDef, "title" | "source" | "sentence">): string {
  return `<h3>${escapeHtml(figure.title)}</h3><p><b>${escapeHtml(figure.source)}</b> — ${escapeHtml(figure.sentence)}</p>`;
}
