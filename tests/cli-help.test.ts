/**
 * `--help`, `--version` and mistyped commands (issue 13, the CLI): every command's help is its
 * block of the usage text, a typo in a command is named as such with the nearest command, and none
 * of these read or write anything. Run in-process through main() with collecting streams.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli";
import { commandBlock } from "../lib/cli/help";
import { closestName as closestCommand, editDistance } from "../lib/util/closest";
import { cli } from "../lib/messages";
import { kitVersion } from "../lib/util/version";

const run = (...argv: string[]) => runCli(argv);

const COMMANDS = ["tables", "validate", "simulate", "score", "figures", "synth", "import", "code", "matrix", "study", "run"];

describe("short forms a new user tries", () => {
  it("takes -v for the version and suggests the command a short word begins (fig → figures)", async () => {
    expect((await run("-v")).stdout).toBe(cli.version(kitVersion()));
    const r = await run("fig");
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("did you mean `toolmix figures`?")]);
  });
});

describe("toolmix COMMAND --help", () => {
  it("describes every option of every command and gives an example (a new user found only the synopsis)", async () => {
    const { SPEC } = await import("../lib/cli/main");
    for (const [command, spec] of Object.entries(SPEC)) {
      if (command === "help" || command === "version") continue;
      const r = await run(command, "--help");
      expect(r.code, command).toBe(0);
      for (const name of [...spec.values, ...spec.flags]) expect(r.stdout, `${command} --${name}`).toMatch(new RegExp(`\\n  --${name} +\\S`));
      expect(r.stdout, command).toContain(`Example:\n  npx toolmix ${command}`);
    }
  });

  it.each(COMMANDS)("%s --help prints its own usage block and exits 0", async (command) => {
    const r = await run(command, "--help");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`Usage:\n  toolmix ${command}`);
    expect(r.stdout).toContain(commandBlock(command));
    // Only this command's block: no other command's synopsis.
    for (const other of COMMANDS.filter((c) => c !== command)) expect(r.stdout).not.toContain(`  toolmix ${other} `);
  });

  it("takes -h and `help COMMAND` alike, and --help anywhere before --", async () => {
    const help = (await run("score", "--help")).stdout;
    expect((await run("score", "-h")).stdout).toBe(help);
    expect((await run("help", "score")).stdout).toBe(help);
    expect((await run("score", "scenarios/x.json", "--seed", "1", "--help")).stdout).toBe(help);
    // After --, "--help" is a file name: the command runs (and here fails on the missing file).
    expect((await run("score", "--seed", "1", "--", "--help")).code).not.toBe(0);
  });

  it("prints the whole usage for help, --help, -h and no arguments", async () => {
    for (const argv of [["help"], ["--help"], ["-h"], []]) expect((await run(...argv)).stdout).toBe(cli.usage);
  });
});

describe("toolmix --version", () => {
  it("prints the kit's version, as `version` does", async () => {
    expect(await run("--version")).toEqual({ code: 0, stdout: `toolmix ${kitVersion()}\n`, stderr: "" });
    expect((await run("-V")).stdout).toBe(`toolmix ${kitVersion()}\n`);
    expect((await run("version")).stdout).toBe(`toolmix ${kitVersion()}\n`);
    expect((await run("version", "extra")).code).toBe(2);
  });
});

describe("a mistyped command", () => {
  it("is named as an unknown command (not an unknown option of it), with the nearest command", async () => {
    expect(await run("scroe", "scenarios/baseline.json", "--seed", "1")).toEqual({ code: 2, stdout: "", stderr: "toolmix: unknown command \"scroe\"; did you mean `toolmix score`? run `toolmix help` for the list\n" });
    expect((await run("Tables")).stderr).toContain("did you mean `toolmix tables`?");
    expect((await run("help", "simulat")).stderr).toContain("did you mean `toolmix simulate`?");
  });

  it("gets no suggestion when nothing is close, or for a prototype property name", async () => {
    expect((await run("nope")).stderr).toBe('toolmix: unknown command "nope"; run `toolmix help` for the list\n');
    expect((await run("constructor")).stderr).not.toContain("did you mean");
  });
});

describe("closestCommand and editDistance", () => {
  it("count insertions, deletions, substitutions and neighbour swaps as one edit each", () => {
    expect(editDistance("score", "score")).toBe(0);
    expect(editDistance("scroe", "score")).toBe(1);
    expect(editDistance("scor", "score")).toBe(1);
    expect(editDistance("scores", "score")).toBe(1);
    expect(editDistance("scare", "score")).toBe(1);
    expect(editDistance("", "run")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("allow one edit up to four letters, two beyond", () => {
    expect(closestCommand("rum", COMMANDS)).toBe("run");
    expect(closestCommand("cdoe", COMMANDS)).toBe("code");
    expect(closestCommand("nope", COMMANDS)).toBeUndefined();
    expect(closestCommand("matirx", COMMANDS)).toBe("matrix");
    expect(closestCommand("valdiat", COMMANDS)).toBe("validate");
    expect(closestCommand("xyzzyq", COMMANDS)).toBeUndefined();
  });
});
