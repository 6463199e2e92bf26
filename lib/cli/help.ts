/**
 * Help for one command. The help text of every command is
 * the usage's own block for it (lib/messages/cli.ts), so `toolmix score --help` and `toolmix help`
 * can never disagree.
 *
 * @example
 * commandHelp("score");       // "Usage:\n  toolmix score FILE… --seed S …"
 */
import { cli } from "../messages";
import { optionsHelp } from "../messages/command-options";

/** The usage lines of one command (its synopsis and description), or undefined for an unknown one. */
export function commandBlock(command: string): string | undefined {
  const lines = cli.usage.split("\n");
  const ofCommand = (line: string) => line.startsWith(`  toolmix ${command} `) || line === `  toolmix ${command}`;
  const start = lines.findIndex(ofCommand);
  if (start < 0) return undefined;
  let end = start + 1;
  // A block runs until another command's synopsis or a blank line; a command may have several
  // synopses in a row (figures of the paper, figures --data of a study).
  while (end < lines.length && lines[end] !== "" && (!lines[end].startsWith("  toolmix ") || ofCommand(lines[end]))) end++;
  return lines.slice(start, end).join("\n");
}

/**
 * `toolmix COMMAND --help`: the command's usage block, what each of its options does (`options`: the
 * names the command takes, lib/cli/main.ts SPEC), an example, and the options every command takes.
 */
export function commandHelp(command: string, options: readonly string[] = []): string {
  const block = commandBlock(command);
  return block === undefined ? cli.usage : cli.commandHelp(`${block}\n${optionsHelp(command, options)}`.trimEnd());
}
