import { writeFigures } from "../figures/write";
import type { Lang } from "../charts/theme";
import { figuresText } from "../messages";
import { UsageError, type ParsedArgs } from "./args";
import { numberOption, SEED } from "./options";

/** `toolmix figures [--out DIR] [--lang zh|en|both] [--format svg,png] [--seed S] [--documents DIR] [--force]`. */
export async function figuresCommand(args: ParsedArgs): Promise<string> {
  const lang = String(args.options.lang ?? "both");
  if (!["zh", "en", "both"].includes(lang)) throw new UsageError(figuresText.badLang(lang));
  const format = String(args.options.format ?? "svg,png");
  const formats = format.split(",").map((f) => f.trim());
  if (formats.length === 0 || formats.some((f) => f !== "svg" && f !== "png")) throw new UsageError(figuresText.badFormat(format));
  const out = typeof args.options.out === "string" ? args.options.out : "output/figures";
  const manifest = await writeFigures({
    out,
    lang: lang as Lang,
    formats: formats as Array<"svg" | "png">,
    seed: numberOption(args, "seed", SEED),
    documents: typeof args.options.documents === "string" ? args.options.documents : undefined,
    force: args.options.force === true,
  });
  return `${figuresText.summary(manifest.figures.length, out)}\n`;
}
