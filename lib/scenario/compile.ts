import { closestName } from "../util/closest";
import type { Dataset, Dimension, NodeInfo } from "../dataset/types";
import { IssueCollector } from "../errors";
import { scenarioExpected } from "../messages";
import type { BaselineCounts } from "../mix/baseline";
import { intensityBounds, type CompiledOperation } from "./compiled";
import type { LoadedScenario } from "./load";
import type { Intensity, Operation } from "./types";

/** A scenario ready to simulate: its operations resolved to slot indices, per dimension. */
export interface CompiledScenario {
  loaded: LoadedScenario;
  operations: CompiledOperation[];
  /** The dimensions the operations touch (tools is always simulated). */
  dimensions: ReadonlySet<Dimension>;
}

/**
 * Resolves a scenario's operations against the dataset's codebook and checks that each is
 * possible on the baseline's observed mix: nodes exist and share a dimension, destinations do not
 * overlap the source, intensities lie in their ranges, a transfer moves no more than the source
 * holds, reweighting does not try to create a node from zero. Every problem names the scenario
 * file, the operation's index (`operations[1].pp`) and the value.
 *
 * @example
 * compileScenario(loadScenario(file), paper, { tools: baselineCounts(paper, "tools") }).operations.length; // 2
 */
export function compileScenario(loaded: LoadedScenario, dataset: Dataset, baselines: Partial<Record<Dimension, BaselineCounts>>): CompiledScenario {
  const issues = new IssueCollector();
  const nodes = dataset.codebook.nodes;
  const operations: CompiledOperation[] = [];
  const dimensions = new Set<Dimension>(["tools"]);
  loaded.scenario.operations.forEach((op, index) => {
    const path = `operations[${index}]`;
    const report = (field: string, found: unknown, expected: string) =>
      issues.add({ file: loaded.file, field: `${path}.${field}`, found: typeof found === "string" ? found : JSON.stringify(found), expected });
    const before = issues.count;
    const compiled = compileOne(op, nodes, baselines, report);
    if (compiled && issues.count === before) {
      operations.push(compiled);
      dimensions.add(compiled.dimension);
    }
  });
  issues.throwIfAny();
  return { loaded, operations, dimensions };
}

type Report = (field: string, found: unknown, expected: string) => void;

/** What a node field expects, with the codebook's own example and the nearest id to a mistyped one. */
function unknownNode(id: unknown, nodes: ReadonlyMap<string, NodeInfo>): string {
  const ids = [...nodes.values()].filter((n) => n.kind !== "root" && n.kind !== "margin").map((n) => n.id);
  const all = [...nodes.values()];
  const subTool = (n: NodeInfo) => n.kind === "tool" && n.parent !== null && nodes.get(n.parent)?.kind === "tool";
  const example = (all.find((n) => n.kind === "cell") ?? all.find(subTool))?.id ?? "";
  return scenarioExpected.knownNode(example, typeof id === "string" ? closestName(id, ids) : undefined);
}

function compileOne(op: Operation, nodes: ReadonlyMap<string, NodeInfo>, baselines: Partial<Record<Dimension, BaselineCounts>>, report: Report): CompiledOperation | undefined {
  const node = (field: string, id: string): NodeInfo | undefined => {
    const found = nodes.get(id);
    if (!found) return void report(field, id, unknownNode(id, nodes));
    if (found.kind === "root") return void report(field, id, scenarioExpected.notRoot);
    if (found.kind === "margin") return void report(field, id, scenarioExpected.notMargin);
    return found;
  };
  const baselineOf = (info: NodeInfo) => baselines[info.dimension];
  const members = (info: NodeInfo) => baselineOf(info)?.layout.members.get(info.id) ?? new Int32Array();
  const rest = (info: NodeInfo) => {
    const own = new Set(members(info));
    return Int32Array.from([...(baselineOf(info)?.layout.members.get(info.parent!) ?? [])].filter((i) => !own.has(i)));
  };
  const share = (info: NodeInfo) => {
    const b = baselineOf(info);
    return b ? [...members(info)].reduce((s, i) => s + b.counts[i], 0) / b.total : 0;
  };
  const range = (field: string, value: Intensity, lo: number, hi: number, expected: string, open = false) => {
    const [min, max] = intensityBounds(value);
    if (min > max) return void report(field, value, scenarioExpected.range);
    if (min < lo || max > hi || (open && min <= lo)) return void report(field, value, expected);
    return true;
  };
  switch (op.op) {
    case "transfer": {
      const from = node("from", op.from);
      const targets = op.to.map((t, i) => ({ info: node(`to[${i}].node`, t.node), weight: t.weight ?? 1 }));
      if ((op.pp === undefined) === (op.fraction === undefined)) return void report("pp", op.pp ?? op.fraction ?? null, scenarioExpected.oneAmount);
      if (!from || targets.some((t) => !t.info)) return undefined;
      targets.forEach((t, i) => {
        if (t.info!.dimension !== from.dimension) report(`to[${i}].node`, t.info!.id, scenarioExpected.sameDimension(from.dimension));
        const a = new Set(members(from));
        if (members(t.info!).some((m) => a.has(m))) report(`to[${i}].node`, t.info!.id, scenarioExpected.disjoint);
      });
      const mode = op.pp !== undefined ? "pp" : "fraction";
      const amount = (op.pp ?? op.fraction)!;
      if (mode === "pp" && range("pp", amount, 0, 100, scenarioExpected.pp)) {
        const held = share(from) * 100;
        if (intensityBounds(amount)[1] > held + 1e-9) report("pp", amount, scenarioExpected.notMoreThanHeld(held));
      }
      if (mode === "fraction") range("fraction", amount, 0, 1, scenarioExpected.fraction);
      const weights = targets.reduce((s, t) => s + t.weight, 0);
      return { kind: "transfer", dimension: from.dimension, from: members(from), to: targets.map((t) => ({ members: members(t.info!), weight: t.weight / weights })), mode, intensity: amount };
    }
    case "reweight": {
      const info = node("node", op.node);
      if (!info || !range("factor", op.factor, 0, Infinity, scenarioExpected.factor, true)) return undefined;
      if (share(info) === 0) return void report("node", op.node, scenarioExpected.reweightZero);
      return { kind: "reweight", dimension: info.dimension, node: members(info), rest: rest(info), intensity: op.factor };
    }
    case "set": {
      const info = node("node", op.node);
      if (!info || !range("share", op.share, 0, 1, scenarioExpected.share)) return undefined;
      const scope = op.of === "dimension" ? Int32Array.from([...(baselineOf(info)?.layout.members.get(info.dimension) ?? [])].filter((i) => !members(info).includes(i))) : rest(info);
      return { kind: "set", dimension: info.dimension, node: members(info), rest: scope, intensity: op.share };
    }
    case "toward": {
      const parent = nodes.get(op.within);
      if (!parent) return void report("within", op.within, unknownNode(op.within, nodes));
      if (parent.children.length < 2) return void report("within", op.within, scenarioExpected.parentWithChildren);
      if (!range("lambda", op.lambda, 0, 1, scenarioExpected.lambda)) return undefined;
      const reference = op.reference === "uniform" ? Object.fromEntries(parent.children.map((c) => [c, 1])) : op.reference;
      const keys = Object.keys(reference).sort().join(",");
      if (keys !== [...parent.children].sort().join(",")) return void report("reference", Object.keys(reference), scenarioExpected.referenceKeys(parent.children));
      if (parent.children.some((c) => !(reference[c] > 0))) return void report("reference", reference, scenarioExpected.referencePositive);
      const total = parent.children.reduce((s, c) => s + reference[c], 0);
      const children = parent.children.map((c) => baselines[parent.dimension]?.layout.members.get(c) ?? new Int32Array());
      return { kind: "toward", dimension: parent.dimension, children, reference: Float64Array.from(parent.children, (c) => reference[c] / total), intensity: op.lambda };
    }
    case "add": {
      const info = node("node", op.node);
      if (!info || !range("points", op.points, 0, Infinity, scenarioExpected.points)) return undefined;
      return { kind: "add", dimension: info.dimension, node: members(info), intensity: op.points };
    }
  }
}
