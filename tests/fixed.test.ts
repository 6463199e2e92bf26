/** fixed(): decimals without a "-0.000" for a value that only rounding put below zero. */
import { describe, expect, it } from "vitest";
import { fixed } from "../lib/util/fixed";

describe("fixed", () => {
  it("drops the sign of a value that rounds to zero, keeps every other", () => {
    expect(fixed(-1e-17, 3)).toBe("0.000");
    expect(fixed(-0, 2)).toBe("0.00");
    expect(fixed(-0.0004, 3)).toBe("0.000");
    expect(fixed(-0.0006, 3)).toBe("-0.001");
    expect(fixed(-2.5, 1)).toBe("-2.5");
    expect(fixed(0.1234, 2)).toBe("0.12");
    expect(fixed(12, 0)).toBe("12");
  });
});
