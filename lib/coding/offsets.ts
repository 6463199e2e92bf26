/**
 * UTF-16 offsets (JavaScript string indices, what NVivo writes) to Unicode code points (what the
 * REFI-QDA standard asks for, §10.2). The two differ only after an astral character: an emoji, or
 * a CJK ideograph of plane 2 such as 𠀋, which is one code point but two UTF-16 units.
 *
 * Reference: REFI-QDA 1.5 §10.2; shared/reference/qda-formats.md §1.5.
 *
 * @example
 * const toCp = codePointIndexer("𠀋地块");
 * toCp(2); // 1  (地 starts at UTF-16 index 2, code point 1)
 */
import { coding as messages } from "../messages";

/**
 * A function from a UTF-16 index (0 … text.length) to the code-point index at that position. An
 * index inside a surrogate pair maps to the code point it splits.
 *
 * @example
 * codePointIndexer("ab")(2); // 2
 */
export function codePointIndexer(text: string): (utf16: number) => number {
  // Prefix counts are built once per text, so converting every segment boundary stays linear.
  const prefix = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    const code = text.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const next = high ? text.charCodeAt(i + 1) : 0;
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      prefix[i + 1] = cp;
      i++;
    }
    cp++;
  }
  prefix[text.length] = cp;
  return (utf16: number) => {
    if (!(Number.isInteger(utf16) && utf16 >= 0 && utf16 <= text.length)) throw new RangeError(messages.indexOutside(utf16, text.length));
    return prefix[utf16];
  };
}
