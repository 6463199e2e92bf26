/**
 * The InputError a function throws, for tests of bad input: fails the test when the function
 * throws nothing or throws anything else (a TypeError is a bug, not a clear message).
 */
import { expect } from "vitest";
import { InputError, type InputIssue } from "../../lib/errors";

/** The InputError `fn` throws. */
export function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError, and none was thrown");
}

/** The issues of the InputError `fn` throws. */
export function issuesOf(fn: () => unknown): InputIssue[] {
  return [...inputErrorOf(fn).issues];
}
