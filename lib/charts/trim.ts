/**
 * A figure's canvas cut to what is drawn on it. Vega lays text out with a conservative width estimate
 * (./text-metrics.ts: wide enough never to clip), so titles, legends and axis labels leave blank
 * strips at the right and bottom — up to a fifth of the canvas in the English figures. The ink is
 * found on the rendered image (any pixel not white), and the SVG's size and viewBox are set to its
 * bounding box plus a small margin, so the SVG, the PNG and the PDF all print at the size of the
 * drawing. Nothing is scaled: one CSS px stays one px.
 *
 * @example
 * inkBox(new Uint8Array([255, 255, 255, 255, 0, 0, 0, 255]), 2, 1); // { x0: 1, y0: 0, x1: 1, y1: 0 }
 */
import { svgSize } from "./png-resolution";

/** The inclusive pixel box of everything not white (RGBA rows), or null for a blank image. */
export function inkBox(rgba: Uint8Array, width: number, height: number): { x0: number; y0: number; x1: number; y1: number } | null {
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 4 * (y * width + x);
      // Anti-aliased edges of light ink stay ink; the white background and the white fill do not.
      if (rgba[i + 3] > 0 && (rgba[i] < 250 || rgba[i + 1] < 250 || rgba[i + 2] < 250)) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1, y1 };
}

/** `svg` with its width, height and viewBox set to `box` (pixels at 1 px per unit) plus `margin` on every side, within the canvas. */
export function trimmedSvg(svg: string, box: { x0: number; y0: number; x1: number; y1: number }, margin = 4): string {
  const { width: w, height: h } = svgSize(svg);
  const x = Math.max(0, box.x0 - margin);
  const y = Math.max(0, box.y0 - margin);
  const width = Math.min(w, box.x1 + 1 + margin) - x;
  const height = Math.min(h, box.y1 + 1 + margin) - y;
  return svg.replace(/<svg([^>]*)>/, (tag, attrs: string) => `<svg${attrs.replace(/\swidth="[\d.]+"/, ` width="${width}"`).replace(/\sheight="[\d.]+"/, ` height="${height}"`).replace(/\sviewBox="[^"]*"/, ` viewBox="${x} ${y} ${width} ${height}"`)}>`);
}
