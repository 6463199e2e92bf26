import { codeForScheme, readCoderTexts } from "../coding";
import { readSchemeFile } from "../dataset/scheme-file";
import { writeDataset } from "../dataset/write";
import { prepareOutputFile, prepareOutputFolder } from "../io/output";
import { mapProject } from "../import/map";
import { cli, dictionaryText, mapping as text } from "../messages";
import { qdpxOutput, writeQdpxFile } from "../qda/qdpx-write";
import { UsageError, type ParsedArgs } from "./args";
import { distinctTextNames, numberOption, SKIP_LINES } from "./options";

/**
 * `toolmix code TEXTS… --out DIR [--qdpx FILE] [--scheme CODEBOOK] [--dictionary FILE.csv]
 * [--skip-lines N]`: codes raw Chinese policy texts (UTF-8 .txt, one document a file; the id and
 * the .qdpx source name are the file name without extension, the title the header's `# title:`
 * or the first line after the header; lib/coding/text-files.ts) and writes the dataset folder,
 * with the scheme's codebook.json copied into it, and with --qdpx the coding as a REFI-QDA
 * project to review and correct in NVivo or QualCoder (then `toolmix import --scheme` reads it
 * back with the same document ids). The paper's scheme (the default) is coded by the paper's
 * coder and lexicon; any other scheme, or --dictionary, by the generic scheme coder
 * (lib/coding/choose-coder.ts). Outputs follow the lib/io/output.ts rules; --force writes into a
 * non-empty folder the kit did not write.
 *
 * @example
 * codeCommand({ command: "code", positional: ["a.txt"], options: { out: "output/a", scheme: "data/schemes/supply-demand-environment" } });
 */
export function codeCommand(args: ParsedArgs): string {
  if (args.positional.length === 0) throw new UsageError(cli.codeNeedsTexts);
  if (typeof args.options.out !== "string") throw new UsageError(cli.needsOut("code"));
  const skipLines = numberOption(args, "skip-lines", SKIP_LINES) ?? 0;
  const schemePath = typeof args.options.scheme === "string" ? args.options.scheme : undefined;
  const dictionaryCsv = typeof args.options.dictionary === "string" ? args.options.dictionary : undefined;
  distinctTextNames(args.positional);
  // Outputs are checked before the coding: never into an input's folder, --qdpx never over a text.
  const inputs = [...args.positional, ...(schemePath ? [schemePath] : []), ...(dictionaryCsv ? [dictionaryCsv] : [])];
  const output = { force: args.options.force === true, inputs };
  prepareOutputFolder(args.options.out, { kind: "dataset", option: "--out", ...output });
  if (typeof args.options.qdpx === "string") prepareOutputFile(args.options.qdpx, qdpxOutput(output));
  const scheme = readSchemeFile(schemePath);
  const texts = readCoderTexts(args.positional, { skipLines });
  const { coded, coder, dictionary } = codeForScheme(texts, scheme, { dictionaryCsv, skipLines, file: args.positional.join(", ") });
  const { parts, report } = mapProject(coded.project, scheme.codebook, scheme.json);
  // The paper's coder keeps the provenance it always had; the generic one says which scheme and words.
  const generic = dictionary ? { scheme: scheme.codebook.scheme.id, codebook: scheme.file, dictionary: dictionary.source, terms: dictionary.entries.length } : {};
  const skipped = skipLines > 0 ? { skipLines } : {};
  const provenance = { ...parts.provenance, coder, ...generic, ...skipped, segments: coded.segments.length };
  writeDataset(args.options.out, { ...parts, id: "coded", title: `Coded by the toolmix dictionary from ${texts.length} texts`, provenance }, output);
  if (typeof args.options.qdpx === "string") writeQdpxFile(args.options.qdpx, coded.project, { name: "toolmix dictionary coding" }, output);
  const summary = text.summary({ file: `${texts.length} texts`, out: args.options.out, documents: texts.length, codes: coded.project.codes.length, mapped: Object.keys(report.mapped).length, points: report.points, unmapped: report.unmapped, ignored: report.ignored.length, missingTexts: 0, verb: "Coded" });
  const words = dictionary ? `\n${dictionaryText.summaryDictionary(`${coder}, ${dictionary.entries.length} terms`)}` : "";
  return `${summary}${words}${typeof args.options.qdpx === "string" ? `\nREFI-QDA project for review: ${args.options.qdpx}` : ""}\n`;
}
