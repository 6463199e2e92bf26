/**
 * HTML of an X–Y matrix for notebooks and the report: the cross-tab with units and row shares
 * (cells whose standardized residual is beyond ±2 marked, with the residual in the tooltip),
 * files per cell, the chi-square test as the text report gives it, and the first passages behind
 * every non-empty cell, so a reader can check what a number counts.
 *
 * Reference: Agresti (2013) §2.4.5 (adjusted residuals beyond ±2).
 *
 * @example
 * showHtml(matrixHtml(m, chiSquareTest(m.counts), { passages: 2 }));
 */
import { matrixText as text } from "../messages";
import { escapeHtml, TABLE_STYLE } from "../util/html";
import type { ChiSquareResult } from "./chi-square";
import { clip, side, testLines } from "./format";
import type { Matrix } from "./types";

/** Options of {@link matrixHtml}. */
export interface MatrixHtmlOptions {
  /** Passages shown per cell (default 2; 0 shows none). */
  passages?: number;
  /** Characters of a passage shown (default 80). */
  width?: number;
}

/** The matrix, its files, its test and its passages as one HTML fragment. */
export function matrixHtml(m: Matrix, test: ChiSquareResult, options: MatrixHtmlOptions = {}): string {
  const cap = options.passages ?? 2;
  const head = `<tr><th></th>${m.colLabels.map((l) => `<th>${escapeHtml(l)}</th>`).join("")}<th>${text.text.total}</th></tr>`;
  const cell = (i: number, j: number) => {
    const share = m.rowShares[i][j];
    const r = test.stdres[i][j];
    const marked = r !== null && Math.abs(r) > 2;
    const tip = r === null ? "" : ` title="standardized residual ${r.toFixed(2)}"`;
    const body = `${m.counts[i][j]}${share === null ? "" : ` <span class="en">(${(100 * share).toFixed(1)} %)</span>`}`;
    return `<td${tip}>${marked ? `<b>${body} ${r! > 0 ? "▲" : "▼"}</b>` : body}</td>`;
  };
  const units = m.rowLabels.map((l, i) => `<tr><td>${escapeHtml(l)}</td>${m.colIds.map((_, j) => cell(i, j)).join("")}<td>${m.rowTotals[i]}</td></tr>`);
  const unitTotals = `<tr><td>${text.text.total}</td>${m.colTotals.map((x) => `<td>${x}</td>`).join("")}<td>${m.total}</td></tr>`;
  const files = m.rowLabels.map((l, i) => `<tr><td>${escapeHtml(l)}</td>${m.files[i].map((x) => `<td>${x}</td>`).join("")}<td>${m.rowFiles[i]}</td></tr>`);
  const fileTotals = `<tr><td>${text.text.total}</td>${m.colFiles.map((x) => `<td>${x}</td>`).join("")}<td>${m.documents}</td></tr>`;
  const title = escapeHtml(text.text.title(side(m.rowDimension, m.rowLevel), side(m.colDimension, m.colLevel), m.source));
  // Above the table, not its caption: a caption is only as wide as the table, and the rule is long.
  const heading = `<p style="max-width:60em"><b>${title}</b><br><small>${escapeHtml(text.text.unit(m.unit, m.units, m.documents, m.rule))} ${m.unitNote ? `<b>${escapeHtml(m.unitNote[0].toUpperCase() + m.unitNote.slice(1))}.</b> ` : ""}${escapeHtml(text.text.multi)}</small></p>`;
  const tests = testLines(m, test, 5).map((line) => escapeHtml(line.trim()));
  return [
    TABLE_STYLE,
    heading,
    `<table class="toolmix">${head}${units.join("")}${unitTotals}</table>`,
    `<table class="toolmix"><caption>${escapeHtml(text.text.files)}</caption>${head}${files.join("")}${fileTotals}</table>`,
    `<p>${tests.join("<br>")}</p>`,
    cap > 0 ? passagesHtml(m, cap, options.width ?? 80) : "",
  ].join("");
}

function passagesHtml(m: Matrix, cap: number, width: number): string {
  const rows: string[] = [];
  m.rowLabels.forEach((rl, i) =>
    m.colLabels.forEach((cl, j) => {
      const list = m.passages[i][j];
      if (list.length === 0) return;
      const shown = list.slice(0, cap).map((p) => `${escapeHtml(p.title ?? p.doc)}: ${escapeHtml(clip(p.text, width))}`);
      if (list.length > cap) shown.push(escapeHtml(text.text.more(list.length - cap)));
      rows.push(`<tr><td>${escapeHtml(`${rl} × ${cl}`)}</td><td>${list.length}</td><td class="passage">${shown.join("<br>")}</td></tr>`);
    }),
  );
  return `<table class="toolmix"><caption>${escapeHtml(text.text.passages(cap))}</caption><tr><th>cell</th><th>units</th><th>passages</th></tr>${rows.join("")}</table>`;
}
