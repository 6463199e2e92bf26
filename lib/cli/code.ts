import { readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { codeTexts } from "../coding";
import { loadDataset, paperDataDir } from "../dataset/load";
import { writeDataset } from "../dataset/write";
import { prepareOutputFile, prepareOutputFolder } from "../io/output";
import { mapProject } from "../import/map";
import { readUtf8 } from "../io/read-text";
import { cli, mapping as text } from "../messages";
import { qdpxOutput, writeQdpxFile } from "../qda/qdpx-write";
import { UsageError, type ParsedArgs } from "./args";
import { distinctTextNames } from "./options";

/**
 * `toolmix code TEXTS… --out DIR [--qdpx FILE]`: codes raw Chinese policy texts (UTF-8 .txt, one
 * document a file; the id is the file name, the title its first line) with the dictionary coder,
 * writes the dataset folder, and with --qdpx the coding as a REFI-QDA project to review and
 * correct in NVivo or QualCoder (then `toolmix import` reads the corrected file back). Outputs
 * follow the lib/io/output.ts rules; --force writes into a non-empty folder the kit did not write.
 */
export function codeCommand(args: ParsedArgs): string {
  if (args.positional.length === 0) throw new UsageError(cli.codeNeedsTexts);
  if (typeof args.options.out !== "string") throw new UsageError(cli.needsOut("code"));
  distinctTextNames(args.positional);
  // Outputs are checked before the coding: never into a text's folder, --qdpx never over a text.
  const output = { force: args.options.force === true, inputs: args.positional };
  prepareOutputFolder(args.options.out, { kind: "dataset", option: "--out", ...output });
  if (typeof args.options.qdpx === "string") prepareOutputFile(args.options.qdpx, qdpxOutput(output));
  const texts = args.positional.map((file) => {
    const body = readUtf8(file);
    return { id: basename(file, extname(file)), title: body.split(/\r?\n/).find((l) => l.trim() !== "")?.trim() ?? basename(file), text: body };
  });
  const coded = codeTexts(texts, { file: args.positional.join(", ") });
  const paper = loadDataset(paperDataDir());
  const { parts, report } = mapProject(coded.project, paper.codebook, readFileSync(join(paperDataDir(), "codebook.json"), "utf8"));
  writeDataset(args.options.out, { ...parts, id: "coded", title: `Coded by the toolmix dictionary from ${texts.length} texts`, provenance: { ...parts.provenance, coder: "toolmix dictionary (lib/coding/lexicon.json)", segments: coded.segments.length } }, output);
  if (typeof args.options.qdpx === "string") writeQdpxFile(args.options.qdpx, coded.project, { name: "toolmix dictionary coding" }, output);
  const summary = text.summary({ file: `${texts.length} texts`, out: args.options.out, documents: texts.length, codes: coded.project.codes.length, mapped: Object.keys(report.mapped).length, points: report.points, unmapped: report.unmapped, ignored: report.ignored.length, missingTexts: 0, verb: "Coded" });
  return `${summary}${typeof args.options.qdpx === "string" ? `\nREFI-QDA project for review: ${args.options.qdpx}` : ""}\n`;
}
