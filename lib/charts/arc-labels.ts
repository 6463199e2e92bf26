/**
 * The label an arc of a sunburst can hold: the text on one line if it fits inside the arc's ring
 * segment, else on two lines (split at the space nearest its middle, for English), else none — a
 * label that does not fit would run into its neighbours (the English sunburst printed "Principal
 * responsibility" across "Land-price benchmark"). Labels are drawn horizontally at the arc's middle,
 * so the room is that of a horizontal line through the middle of the segment, taken as a rectangle of
 * arc length × ring thickness turned by the arc's angle; widths are the layout's conservative
 * estimate (./text-metrics.ts), so a label judged to fit does.
 *
 * @example
 * arcLabel("Supply method", { sweep: 0.3, mid: 1.2, radius: 145, thickness: 70, fontSize: 9 }); // "Supply method"
 * arcLabel("Performance-monitoring mechanism", { sweep: 0.5, mid: 4.4, radius: 215, thickness: 70, fontSize: 9 }); // ["Performance-monitoring", "mechanism"]
 */
import { textWidth } from "./text-metrics";

/** Where an arc is: its sweep and middle angle (radians, 0 at 12 o'clock, clockwise), the ring's middle radius and thickness (px). */
export interface ArcPlace {
  sweep: number;
  mid: number;
  radius: number;
  thickness: number;
  fontSize: number;
}

/** Room for a horizontal block of text in the segment: [along the text, across it] in px. */
function room(p: ArcPlace): [number, number] {
  const arc = p.radius * p.sweep;
  const c = Math.abs(Math.cos(p.mid));
  const s = Math.abs(Math.sin(p.mid));
  const along = Math.min(c > 1e-9 ? arc / c : Infinity, s > 1e-9 ? p.thickness / s : Infinity);
  const across = Math.min(s > 1e-9 ? arc / s : Infinity, c > 1e-9 ? p.thickness / c : Infinity);
  return [along, across];
}

/** The two halves of `text` split at the space nearest its middle, or null without a space. */
function halves(text: string): [string, string] | null {
  let best = -1;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) if (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  return best < 0 ? null : [text.slice(0, best), text.slice(best + 1)];
}

/** The label as it fits the arc: a line, two lines, or "" (none). */
export function arcLabel(text: string, place: ArcPlace): string | string[] {
  if (text === "") return "";
  const [along, across] = room(place);
  const line = place.fontSize * 1.2;
  const margin = 4; // px kept clear on each side of the text
  if (textWidth(text, place.fontSize) + 2 * margin <= along && line <= across) return text;
  const two = halves(text);
  if (two && Math.max(...two.map((h) => textWidth(h, place.fontSize))) + 2 * margin <= along && 2 * line <= across) return two;
  return "";
}
