/**
 * Where the synthetic registry's documents come from: the province of every place Table 1 prints,
 * and the plan for the 34 invented documents (how many per group, how many new cities, and the
 * real cities they may be placed in), chosen so that section 2.3.1's statements hold exactly:
 * Guangdong + Zhejiang + Jiangsu = 33 of 68 documents (48.5 %), central region = 11 (16.2 %),
 * 50 cities, 20 provinces, west and northeast "relatively few".
 *
 * Table 1's places already span 20 provinces, so every invented document is placed in one of
 * them: a new province would break the paper's count of 20.
 *
 * @example
 * PROVINCE_OF["苏州"]; // "江苏"
 * INVENTED_PLAN.reduce((n, g) => n + g.documents, 0); // 34
 */
import type { Region } from "../dataset/types";

/** A real city of a province, with its pinyin name for `place_en`. */
export interface City {
  city: string;
  city_en: string;
  province: string;
}

/** Province of each place printed in Table 1. 广西 is itself a province (a provincial document). */
export const PROVINCE_OF: Readonly<Record<string, string>> = {
  沈阳: "辽宁",
  吉林: "吉林",
  哈尔滨: "黑龙江",
  北京: "北京",
  天津: "天津",
  苏州: "江苏",
  南京: "江苏",
  上海: "上海",
  青岛: "山东",
  杭州: "浙江",
  宁波: "浙江",
  深圳: "广东",
  东莞: "广东",
  广州: "广东",
  福州: "福建",
  郑州: "河南",
  洛阳: "河南",
  合肥: "安徽",
  武汉: "湖北",
  长沙: "湖南",
  岳阳: "湖南",
  重庆: "重庆",
  成都: "四川",
  宜宾: "四川",
  昆明: "云南",
  贵阳: "贵州",
  广西: "广西",
};

/**
 * Places of Table 1 that are a province issuing a provincial document (广西壮族自治区人民政府办公厅),
 * not a city: they count towards the 20 provinces but not the 50 cities. Listed explicitly because
 * the name alone does not tell (吉林 is both a province and the city that issued Table 1's
 * 《吉林市…》; 北京, 天津, 上海, 重庆 are cities with provincial rank).
 */
export const PROVINCIAL_PLACES: readonly string[] = ["广西"];

/** The three provinces section 2.3.1 says issue most documents (48.5 % of 68 = 33). */
export const LEADING_PROVINCES: readonly string[] = ["广东", "浙江", "江苏"];

/** A group of invented documents: how many, how many of them open a new city, and where they may go. */
export interface PlacementGroup {
  name: string;
  region: Region;
  /** Invented documents in this group. */
  documents: number;
  /** Distinct cities not in Table 1 that the group introduces (the rest reuse the group's cities). */
  newCities: number;
  /** Table 1 places a reused document may go to (city-level places only). */
  listedCities: readonly string[];
  /** Real cities not in Table 1, of the group's provinces; `newCities` of them are drawn per seed. */
  pool: readonly City[];
}

const city = (name: string, en: string, province: string): City => ({ city: name, city_en: en, province });

/**
 * The 34 invented documents. Totals: northeast 3 + 2 = 5, east 17 + 26 = 43 (of which Guangdong,
 * Zhejiang, Jiangsu 11 + 22 = 33), central 8 + 3 = 11, west 6 + 3 = 9; new cities 24, so with
 * Table 1's 26 cities there are 50. Guangdong, Jiangsu and Zhejiang get fixed counts (14, 11, 8
 * in all) so they stay the three leading provinces whatever the seed. 昆山 is not used although
 * the text mentions 苏州昆山: Table 1 files county-level Taicang and Changshu under 苏州, and the
 * registry keeps that convention.
 */
export const INVENTED_PLAN: readonly PlacementGroup[] = [
  {
    name: "northeast",
    region: "northeast",
    documents: 2,
    newCities: 2,
    listedCities: ["沈阳", "吉林", "哈尔滨"],
    pool: [city("大连", "Dalian", "辽宁"), city("鞍山", "Anshan", "辽宁"), city("长春", "Changchun", "吉林"), city("大庆", "Daqing", "黑龙江")],
  },
  {
    name: "guangdong",
    region: "east",
    documents: 9,
    newCities: 6,
    listedCities: ["深圳", "东莞", "广州"],
    pool: [
      city("珠海", "Zhuhai", "广东"),
      city("佛山", "Foshan", "广东"),
      city("惠州", "Huizhou", "广东"),
      city("中山", "Zhongshan", "广东"),
      city("江门", "Jiangmen", "广东"),
      city("汕头", "Shantou", "广东"),
      city("肇庆", "Zhaoqing", "广东"),
      city("湛江", "Zhanjiang", "广东"),
    ],
  },
  {
    name: "jiangsu",
    region: "east",
    documents: 7,
    newCities: 4,
    listedCities: ["苏州", "南京"],
    pool: [
      city("无锡", "Wuxi", "江苏"),
      city("常州", "Changzhou", "江苏"),
      city("南通", "Nantong", "江苏"),
      city("扬州", "Yangzhou", "江苏"),
      city("镇江", "Zhenjiang", "江苏"),
      city("徐州", "Xuzhou", "江苏"),
    ],
  },
  {
    name: "zhejiang",
    region: "east",
    documents: 6,
    newCities: 4,
    listedCities: ["杭州", "宁波"],
    pool: [
      city("温州", "Wenzhou", "浙江"),
      city("嘉兴", "Jiaxing", "浙江"),
      city("湖州", "Huzhou", "浙江"),
      city("绍兴", "Shaoxing", "浙江"),
      city("金华", "Jinhua", "浙江"),
      city("台州", "Taizhou", "浙江"),
    ],
  },
  {
    name: "other-east",
    region: "east",
    documents: 4,
    newCities: 2,
    listedCities: ["北京", "天津", "上海", "青岛", "福州"],
    pool: [city("济南", "Jinan", "山东"), city("烟台", "Yantai", "山东"), city("潍坊", "Weifang", "山东"), city("厦门", "Xiamen", "福建"), city("泉州", "Quanzhou", "福建")],
  },
  {
    name: "central",
    region: "central",
    documents: 3,
    newCities: 3,
    listedCities: ["郑州", "洛阳", "合肥", "武汉", "长沙", "岳阳"],
    pool: [
      city("芜湖", "Wuhu", "安徽"),
      city("马鞍山", "Ma'anshan", "安徽"),
      city("襄阳", "Xiangyang", "湖北"),
      city("宜昌", "Yichang", "湖北"),
      city("株洲", "Zhuzhou", "湖南"),
      city("湘潭", "Xiangtan", "湖南"),
      city("新乡", "Xinxiang", "河南"),
      city("许昌", "Xuchang", "河南"),
    ],
  },
  {
    name: "west",
    region: "west",
    documents: 3,
    newCities: 3,
    listedCities: ["重庆", "成都", "宜宾", "昆明", "贵阳"],
    pool: [
      city("绵阳", "Mianyang", "四川"),
      city("德阳", "Deyang", "四川"),
      city("南宁", "Nanning", "广西"),
      city("柳州", "Liuzhou", "广西"),
      city("遵义", "Zunyi", "贵州"),
      city("曲靖", "Qujing", "云南"),
      city("玉溪", "Yuxi", "云南"),
    ],
  },
];

/**
 * Relative weights of the years 2015–2024 for invented documents: few early, most from 2020 on,
 * as in Table 1 (one document in 2015, most in 2020–2023). Integers, so sampling stays exact.
 */
export const YEAR_WEIGHTS: ReadonlyArray<readonly [year: number, weight: number]> = [
  [2015, 1],
  [2016, 1],
  [2017, 2],
  [2018, 2],
  [2019, 3],
  [2020, 4],
  [2021, 4],
  [2022, 4],
  [2023, 4],
  [2024, 3],
];
