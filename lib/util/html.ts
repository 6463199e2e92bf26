/**
 * HTML helpers shared by every table and page the kit writes (notebook tables, the report):
 * escaping of user text, and the one style of the kit's tables.
 *
 * Reference: HTML Living Standard §13.1.2.6 (the characters that end text or an attribute value).
 *
 * @example
 * escapeHtml('<b>"x" & y</b>'); // "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;"
 */

/** Escapes text for an HTML element or a double-quoted attribute: & < > and ". */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The style of `table.toolmix`: compact, numbers right-aligned, the first column and captions left. */
export const TABLE_STYLE = `<style>
table.toolmix{border-collapse:collapse;font-size:13px;margin:4px 0 12px}
table.toolmix th,table.toolmix td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:right}
table.toolmix th:first-child,table.toolmix td:first-child{text-align:left}
table.toolmix caption{text-align:left;font-weight:bold;padding-bottom:4px}
table.toolmix .diff{color:#b00020;font-weight:bold}
table.toolmix .en{color:#666}
table.toolmix td.text{text-align:left}
table.toolmix td.passage{text-align:left;font-size:12px;color:#333;max-width:44em}
</style>`;
