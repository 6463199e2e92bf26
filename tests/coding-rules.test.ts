/**
 * The multi-label rules of the coding manual (tests/fixtures/coding/MANUAL.md), one clause each,
 * written for this test (not taken from an evaluation set): what the dictionary coder must give.
 * Each row names the rule it checks, so a failure says which rule broke.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyClause, classifyClauses, codeTexts, structureOf, themesInContext } from "../lib/coding";

const cases: [rule: string, clause: string, tools: string[]][] = [
  ["3: a prohibition and a mandate in one clause, both", "产业用房不得擅自改变用途，确需调整的，应报市政府批准。", ["authority.constraint", "authority.promotion"]],
  ["5: a floor is a requirement", "项目投资强度不低于每亩300万元。", ["authority.promotion"]],
  ["5: 不得低于 is a floor, not a prohibition", "工业用地出让价格不得低于所在地工业用地出让最低价标准。", ["authority.promotion"]],
  ["5: a cap is a limit", "配套用房建筑面积不超过总建筑面积的15%。", ["authority.constraint"]],
  ["5: a cap with its modal is a cap only", "配套用房的建筑面积应控制在总建筑面积的30%以内。", ["authority.constraint"]],
  ["5: a range carries both", "容积率不低于2.0且不高于6.0。", ["authority.promotion", "authority.constraint"]],
  ["5: a cap on a reward belongs to the reward", "对新建项目给予最高不超过200万元的奖励。", ["incentive.promotion"]],
  ["5: a condition of a reward belongs to the reward", "亩均税收达到30万元以上的企业，按年度考核结果给予一次性奖励。", ["incentive.promotion"]],
  ["6: an exclusion condition limits who qualifies", "申请企业无重大违法违规记录。", ["authority.constraint"]],
  ["6: withdrawing a benefit is a sanction (its condition belongs to it)", "评估不合格的，取消其享受的优惠政策。", ["incentive.constraint"]],
  ["6: 不增收地价 is a reward", "提高容积率的，不增收土地价款。", ["incentive.promotion"]],
  ["7: a permission is a mandate-type authority tool", "产业用房可按幢、层分割转让。", ["authority.promotion"]],
  ["9: a rule pointing to an annex is still a rule", "项目应符合附件1所列准入条件（详见附件1）。", ["authority.promotion"]],
  ["9: a pointer alone is none", "具体标准详见附件2。", []],
  ["11: 收回 after a breach is a sanction; 依法 belongs to it", "未按约定时间开工的，依法收回土地使用权。", ["incentive.constraint"]],
  ["1: a purpose statement is none", "为规范工业用地管理，根据有关规定，制定本办法。", []],
  ["1: a guiding principle naming no instrument is none", "坚持节约集约用地原则。", []],
  ["table: an operative directive opening with its verb", "加快编制产业园区详细规划。", ["authority.promotion"]],
  ["4: a duty whose content is supervision carries both", "区政府负责对项目履约情况进行监管。", ["authority.promotion", "capacity_building.constraint"]],
  ["5: 原则上 states a rule", "新建工业项目原则上进入工业园区。", ["authority.promotion"]],
  ["5: 原则上 qualifying a limit is the limit", "出让年期原则上不超过20年。", ["authority.constraint"]],
  ["6: 杜绝 excludes", "杜绝高耗能项目进入园区。", ["authority.constraint"]],
  ["8: 鼓励类 names a category of the catalogue, not an exhortation", "项目应属于产业目录中的鼓励类项目。", ["authority.promotion"]],
  ["5: a threshold in the condition is not a floor", "闲置土地10亩以上的，不得再申请新增工业用地。", ["authority.constraint"]],
  ["5: a threshold without a consequence of its own stays a floor", "亩均税收在10万元以上的。", ["authority.promotion"]],
  // Lexicon 2.5.0 (tuned on the six development sets, test-2 and test-3 retired into them).
  ["6: a land-price discount is a reward, not a floor or a permission", "符合条件的先进制造业项目，可按不低于工业用地出让最低价标准的80%确定出让底价。", ["incentive.promotion"]],
  ["7: a permission to enjoy a reward is the reward", "符合条件的企业均可享受本办法规定的奖励。", ["incentive.promotion"]],
  ["11: 依法 in a reward's condition belongs to the reward", "对依法纳税的新办企业给予奖励。", ["incentive.promotion"]],
  ["6: 只能 limits", "配套用房只能用于企业自用。", ["authority.constraint"]],
  ["6: 只有…方可 limits", "企业只有在完成备案后方可办理转让手续。", ["authority.constraint"]],
  ["6: 严防 excludes", "严防工业用地变相用于房地产开发。", ["authority.constraint"]],
  ["5: 不突破 is a cap", "新增工业用地规模不突破年度计划指标。", ["authority.constraint"]],
  ["5: 控制在…之间 is a limit", "绿地率控制在10%—20%之间。", ["authority.constraint"]],
  ["5: 双控 limits; 实行 mandates", "对新增建设用地实行总量和强度双控。", ["authority.constraint", "authority.promotion"]],
  ["5: 不应低于 is a floor, not a cap", "出让底价不应低于土地取得成本。", ["authority.promotion"]],
  ["5: 不设上限 sets no cap", "累计积分不设上限。", []],
  ["6: a points deduction is a sanction", "企业每违规出租一次扣5分。", ["incentive.constraint"]],
  ["5: a count criterion is a floor", "孵化器的在孵企业在20家以上。", ["authority.promotion"]],
  ["table: a body and its directive verb inside the clause", "全市统一编制工业用地更新专项规划。", ["authority.promotion"]],
  ["table: 做好 after the body that does it", "各区政府做好用地保障工作。", ["authority.promotion"]],
  ["1: a purpose with 经…同意 and 现就…制定 is none", "经市政府同意，为推动产业转型升级，现就加强工业用地管理制定以下措施：", []],
  ["1: 特制定本 is none", "立足本市实际，特制定本实施细则。", []],
  ["1: a closing note on questions in execution is none", "执行中遇到的问题，请及时向市自然资源局反映。", []],
  ["1: a note that the bodies are not listed again is no prohibition", "以下各项均需各区政府落实，不再逐一列出。", ["authority.promotion"]],
  ["10: a modal before a copula is an item's predicate, not an attribute", "1、投资项目必须属于本市产业目录中的项目。", ["authority.promotion"]],
];

describe("the coding manual's rules, clause by clause", () => {
  for (const [rule, clause, tools] of cases) {
    it(`rule ${rule}`, () => {
      expect([...classifyClause(clause).tools].sort()).toEqual([...tools].sort());
    });
  }

  it("rule 10: an item that names a thing (应当支付的补偿费) has no cue of its own, so it takes its lead-in's code", () => {
    const coded = classifyClauses(["土地储备资金用于下列支出：", "（一）应当向被征地农民支付的土地补偿费；", "（二）按规定缴纳的相关税费；"]);
    expect(coded.map((c) => c.inherited)).toEqual([false, true, true]);
    expect(classifyClauses(["储备资金的来源：", "（一）依照有关规定举借的银行贷款；"]).map((c) => c.tools)).toEqual([[], []]);
    // a rule whose object carries 的 stays a rule: 应当符合…的要求, 应按照…的原则，…予以补足
    expect(classifyClause("（一）项目应当符合园区产业发展规划的要求。").tools).toEqual(["authority.promotion"]);
    expect(classifyClause("（三）确需调整的，应按照“改一补一”的原则，在本区范围内予以补足。").tools).toEqual(["authority.promotion"]);
  });

  it("rule 10: in an excerpt, a last numbered line after a sibling list item is an item, not a title", () => {
    const coded = classifyClauses(["准入条件如下：", "（一）项目应当符合产业政策。", "（二）项目投资主体无不良信用记录。"], undefined, { complete: false });
    expect(coded[2].kind).toBe("body");
    expect(coded[2].tools).toEqual(["authority.constraint"]);
    expect(classifyClauses(["一、总则", "（一）优化用地布局。"], undefined, { complete: false })[1].kind).toBe("heading");
  });

  it("rule 10: an item takes its lead-in's code only when it has none of its own", () => {
    const coded = classifyClauses(["申请人应当符合下列条件：", "（一）具有独立法人资格；", "（二）不属于国家产业政策禁止类项目；"]);
    expect(coded.map((c) => c.tools)).toEqual([["authority.promotion"], ["authority.promotion"], ["authority.constraint"]]);
    expect(coded.map((c) => c.inherited)).toEqual([false, true, false]);
  });
});

describe("structure, lexicon 2.5.0", () => {
  it("reads a line ending in 政策（试行） as a title, and a short section that states a norm with a full stop as a clause", () => {
    expect(structureOf("某县工业项目扶持优惠政策（试行）").kind).toBe("title");
    expect(structureOf("二、分割后的厂房不得改变用途。").kind).toBe("body");
    expect(structureOf("二、加强用地保障").kind).toBe("heading");
  });

  it("does not read 政府确定的 (an attribute) as a body's directive", () => {
    expect(classifyClause("市政府确定的重点产业项目，优先安排用地。").hits.map((h) => h.term)).toEqual(["优先…"]);
  });
});

describe("themes in context (themesInContext)", () => {
  it("gives an instrument without a theme cue its predecessor's themes, and nothing else changes", () => {
    const labels = fc.subarray(["land_supply", "land_use", "property_rights", "operation_supervision"]);
    fc.assert(
      fc.property(fc.array(fc.tuple(labels, fc.boolean()), { maxLength: 30 }), (rows) => {
        const own = rows.map(([t]) => t);
        const out = themesInContext(own, rows.map(([, i]) => i));
        out.forEach((themes, i) => {
          if (own[i].length > 0) expect(themes).toEqual(own[i]); // a clause's own themes are kept as they are
          else if (!rows[i][1]) expect(themes).toEqual([]); // no instrument, no borrowed theme
          else {
            const before = own.slice(0, i).filter((t) => t.length > 0);
            expect(themes).toEqual(before.length > 0 ? before[before.length - 1] : []); // the nearest earlier own themes
          }
        });
      }),
    );
  });

  it("is what the coder writes: a list item under a themed lead-in carries the lead-in's theme", () => {
    const seg = codeTexts([{ id: "d", text: "新型产业用地的容积率应当符合下列要求：\n（一）不低于3.0；\n（二）不超过6.0。" }]).segments.filter((s) => s.kind === "body");
    expect(seg.map((s) => s.themes)).toEqual([["land_use.development_management.development_intensity"], ["land_use.development_management.development_intensity"], ["land_use.development_management.development_intensity"]]);
  });
});
