/**
 * A number with a fixed count of decimals, never "-0.000": a value that rounds to zero prints
 * without a sign (evenness of a one-tool mix is −1e−17 by rounding, not below zero).
 *
 * @example
 * fixed(-1e-17, 3); // "0.000"
 * fixed(-0.0006, 3); // "-0.001"
 */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.startsWith("-") && Number(text) === 0 ? text.slice(1) : text;
}
