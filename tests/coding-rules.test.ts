/**
 * The multi-label rules of the coding manual (tests/fixtures/coding/MANUAL.md), one clause each,
 * written for this test (not taken from an evaluation set): what the dictionary coder must give.
 * Each row names the rule it checks, so a failure says which rule broke.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyClause, classifyClauses, codeTexts, themesInContext } from "../lib/coding";

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
