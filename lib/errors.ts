/**
 * Input problems, located precisely enough to fix them.
 *
 * Every problem with user-supplied data is an {@link InputIssue}: it names the file, and where it
 * applies the row (1-based line number in the file) and the field, what was found and what was
 * expected. Loaders collect all issues of a file before throwing, so one run shows every mistake.
 *
 * @example
 * const issue = { file: "counts.csv", row: 4, field: "points", found: "-3", expected: "a whole number ≥ 0" };
 * formatIssue(issue); // 'counts.csv, row 4, field "points": found "-3", expected a whole number ≥ 0'
 */
import { internal } from "./messages";

export interface InputIssue {
  /** Path of the file as the user gave it. */
  file: string;
  /** 1-based line number in the file (the header is line 1), when the issue is in a row. */
  row?: number;
  /** Column or JSON path of the offending value. */
  field?: string;
  /** What was found, verbatim (shortened if long). */
  found?: string;
  /** What the kit expected instead. */
  expected: string;
}

/** Renders an issue as one line: file, row, field, found, expected. */
export function formatIssue(issue: InputIssue): string {
  const where = [issue.file];
  if (issue.row !== undefined) where.push(`row ${issue.row}`);
  if (issue.field !== undefined) where.push(`field "${issue.field}"`);
  // Quoted as written, not JSON-escaped: a found value is often JSON text itself.
  const found = issue.found === undefined ? "" : `found "${shorten(issue.found)}", `;
  return `${where.join(", ")}: ${found}expected ${issue.expected}`;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Thrown when input data cannot be loaded; `issues` lists every problem found. */
export class InputError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    if (issues.length === 0) throw new Error(internal.emptyInputError);
    const lines = issues.map(formatIssue);
    const head = issues.length === 1 ? lines[0] : `${issues.length} problems in the input:\n  - ${lines.join("\n  - ")}`;
    super(head);
    this.name = "InputError";
    this.issues = issues;
  }
}

/** Collects issues while parsing; `throwIfAny` raises one {@link InputError} with all of them. */
export class IssueCollector {
  private readonly found: InputIssue[] = [];

  add(issue: InputIssue): void {
    this.found.push(issue);
  }

  get count(): number {
    return this.found.length;
  }

  throwIfAny(): void {
    if (this.found.length > 0) throw new InputError(this.found);
  }
}
