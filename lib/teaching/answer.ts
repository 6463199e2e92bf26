/**
 * Reading a student's answer as a teacher would: a number typed as text ("20.16", "20.16 %",
 * full-width "２０.１６") is the number; a node given by its label (土地供应, "Land supply") is the
 * node; a tool × direction cell by its labels in either order (约束型权威工具, 权威工具·约束型,
 * "authority constraint") is the cell. Case, spaces and the separators · - _ / are ignored, and
 * text is compared after Unicode NFKC normalisation (full-width letters and digits are the
 * ordinary ones). An answer of the wrong kind (a number where a node is asked, an object) is
 * named as such, so the student knows what to change.
 *
 * @example
 * readNumber("20.16 %");                       // { ok: true, value: 20.16 }
 * nodeForms({ id: "land_supply", label_zh: "土地供应", label_en: "Land supply" }).has(normalise("土地 供应")); // true
 */
import { teachingText as text } from "../messages";

/** What a self-check cell accepts as an answer (a scenario exercise takes a scenario instead). */
export type Answer = string | number | null;

/** Text compared the way a teacher reads it: NFKC, lower case, without spaces and · - _ / ( ) separators. */
export function normalise(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/[\s·・\-_/()（）]+/g, "");
}

/** A number, from a number or from text such as "20.16", "20.16 %" or "２０.１６"; else why not. */
export function readNumber(answer: unknown): { ok: true; value: number } | { ok: false; why: string } {
  if (typeof answer === "number") return Number.isFinite(answer) ? { ok: true, value: answer } : { ok: false, why: text.notFinite(answer) };
  if (typeof answer === "string") {
    const cleaned = answer.normalize("NFKC").trim().replace(/\s*%$/, "").replace(/,/g, "");
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return { ok: true, value: Number(cleaned) };
    return { ok: false, why: text.wantNumber(answer) };
  }
  return { ok: false, why: text.wantNumberNot(kindOf(answer)) };
}

/** The forms a node may be given in: its id, its Chinese and its English label. */
export function nodeForms(node: { id: string; label_zh?: string; label_en?: string; label?: string }): Set<string> {
  return new Set([node.id, node.label_zh, node.label_en, node.label].filter((x): x is string => typeof x === "string" && x !== "").map(normalise));
}

/** The forms a tool × direction cell may be given in: its id, and the tool's and direction's labels in either order. */
export function cellForms(tool: { id: string; label_zh: string; label_en: string }, direction: { id: string; label_zh: string; label_en: string }): Set<string> {
  const zhDirection = [direction.label_zh, direction.label_zh.replace(/工具$/, "")];
  const zh = zhDirection.flatMap((d) => [`${tool.label_zh}${d}`, `${d}${tool.label_zh}`, `${d}${tool.label_zh.replace(/工具$/, "")}工具`]);
  const en = [`${tool.label_en} ${direction.label_en}`, `${direction.label_en} ${tool.label_en}`, `${tool.id} ${direction.id}`, `${direction.id} ${tool.id}`];
  return new Set([`${tool.id}.${direction.id}`, ...zh, ...en].map(normalise));
}

/** Whether a text answer is one of `forms`; else why not (not a text at all). */
export function readText(answer: unknown): { ok: true; value: string } | { ok: false; why: string } {
  if (typeof answer === "string") return { ok: true, value: normalise(answer) };
  return { ok: false, why: text.wantText(kindOf(answer)) };
}

function kindOf(value: unknown): string {
  if (typeof value === "number") return text.kind.number(value);
  if (typeof value === "boolean") return text.kind.boolean(value);
  if (Array.isArray(value)) return text.kind.array;
  return typeof value === "object" ? text.kind.object : typeof value;
}
