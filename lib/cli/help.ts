/**
 * Help for one command, and a suggestion for a mistyped one. The help text of every command is
 * the usage's own block for it (lib/messages/cli.ts), so `toolmix score --help` and `toolmix help`
 * can never disagree.
 *
 * @example
 * commandHelp("score");       // "Usage:\n  toolmix score FILE… --seed S …"
 * closestCommand("scroe", ["tables", "score"]); // "score"
 */
import { cli } from "../messages";

/** The usage lines of one command (its synopsis and description), or undefined for an unknown one. */
export function commandBlock(command: string): string | undefined {
  const lines = cli.usage.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`  toolmix ${command} `) || line === `  toolmix ${command}`);
  if (start < 0) return undefined;
  let end = start + 1;
  // A block runs until the next command's synopsis or a blank line.
  while (end < lines.length && lines[end] !== "" && !lines[end].startsWith("  toolmix ")) end++;
  return lines.slice(start, end).join("\n");
}

/** `toolmix COMMAND --help`: the command's usage block and the options every command takes. */
export function commandHelp(command: string): string {
  const block = commandBlock(command);
  return block === undefined ? cli.usage : cli.commandHelp(block);
}

/**
 * The known command nearest to a mistyped one (Damerau–Levenshtein distance, optimal string
 * alignment): at most 1 edit for a name of up to 4 letters, 2 for a longer one; else undefined.
 */
export function closestCommand(name: string, commands: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = name.length <= 4 ? 2 : 3;
  for (const command of commands) {
    const d = editDistance(name.toLowerCase(), command);
    if (d < bestDistance) {
      best = command;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
