/**
 * RFC 4180 CSV text with "\n" line ends: a cell with a comma, quote or line break is quoted and
 * its quotes doubled. The inverse of io/csv.ts's parser; deterministic, for files compared by bytes.
 *
 * @example
 * csv(["a", "b"], [[1, "x,y"]]); // 'a,b\n1,"x,y"\n'
 */
export function csv(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => cells.map(cell).join(",");
  return `${[line(columns), ...rows.map(line)].join("\n")}\n`;
}

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
