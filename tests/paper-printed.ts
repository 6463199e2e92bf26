/**
 * The paper's Tables 2–7 and the parent totals of sections 2.2.1–2.2.4, typed in a second time
 * straight from the seed paper (Zhou et al. 2025, 《规划师》 2025(1)), independently of
 * data/paper-m0/counts.csv, so the tests compare the kit against the paper and not against itself.
 * Rows: [Chinese label as printed, files, points, printed %].
 */
export type PrintedRow = readonly [label: string, files: number | null, points: number, pct: number];

/** Table 2: [tool, promotion files, points, %, constraint files, points, %, total points, total %]. */
export const TABLE2 = [
  ["权威工具", 68, 993, 68.53, 66, 456, 31.47, 1449, 71.03],
  ["激励工具", 23, 26, 20.16, 49, 103, 79.84, 129, 6.32],
  ["能力建设工具", 49, 108, 48.43, 54, 115, 51.57, 223, 10.93],
  ["符号与劝诫工具", 48, 146, 97.99, 3, 3, 2.01, 149, 7.3],
  ["学习工具", 44, 90, 100.0, 0, 0, 0.0, 90, 4.41],
  ["合计", 68, 1363, 66.81, 66, 677, 33.19, 2040, 100.0],
] as const;

/** Parent themes (text of 2.2.1–2.2.4) with their children (Table 3) and grandchildren (Tables 4–7). */
export const THEMES: ReadonlyArray<{ parent: PrintedRow; children: ReadonlyArray<{ row: PrintedRow; children: readonly PrintedRow[] }> }> = [
  {
    parent: ["土地供应", 68, 548, 32.62],
    children: [
      { row: ["供地管理", 63, 387, 70.62], children: [["地价基准", 54, 77, 19.9], ["供地程序", 22, 37, 9.56], ["供地方式", 48, 63, 16.28], ["供地规划要求", 41, 69, 17.83], ["供地年限", 43, 46, 11.89], ["用地分类", 33, 44, 11.37], ["用地规模", 23, 29, 7.49], ["用地性质调整", 18, 22, 5.68]] },
      { row: ["供地文件", 22, 31, 5.66], children: [["供应方案", 6, 6, 19.35], ["合同管理", 19, 25, 80.65]] },
      { row: ["用地准入", 51, 130, 23.72], children: [["产业目录", 12, 13, 10.0], ["准入程序", 18, 30, 23.08], ["准入条件", 39, 47, 36.15], ["准入主体", 29, 40, 30.77]] },
    ],
  },
  {
    parent: ["土地使用", 63, 345, 20.53],
    children: [
      { row: ["开发管理", 53, 60, 17.39], children: [["开发筹建形式", 2, 3, 5.0], ["开发强度", 52, 56, 93.33], ["开发主体", 1, 1, 1.67]] },
      { row: ["土地指标", 50, 75, 21.74], children: [["规划指标", 46, 53, 70.67], ["用地兼容", 19, 22, 29.33]] },
      { row: ["用地管理", 63, 210, 60.87], children: [["产业发展", 1, 2, 0.95], ["建设管理", 51, 99, 47.14], ["实施范围", 47, 56, 26.67], ["用地内涵", 48, 53, 25.24]] },
    ],
  },
  {
    parent: ["土地产权", 59, 296, 17.62],
    children: [
      { row: ["产权分割", 59, 186, 62.84], children: [["产权分割比例", 24, 25, 13.44], ["分割转让要求", 58, 116, 62.37], ["基本单元划分", 38, 38, 20.43], ["转让程序", 7, 7, 3.76]] },
      { row: ["抵押及质押", 6, 6, 2.03], children: [] },
      { row: ["土地登记管理", 36, 61, 20.61], children: [] },
      { row: ["自持要求", 16, 23, 7.77], children: [["自持比例", 16, 18, 78.26], ["自持年限", 5, 5, 21.74]] },
      { row: ["租售管理", 10, 20, 6.75], children: [["土地出租", 8, 9, 45.0], ["土地售卖", 6, 10, 50.0]] },
    ],
  },
  {
    parent: ["运营监管", 62, 491, 29.23],
    children: [
      { row: ["监管考核", 59, 150, 30.55], children: [["监管履约机制", 59, 136, 90.67], ["平台体系建设", 11, 14, 9.33]] },
      { row: ["奖励与惩戒", 47, 97, 19.75], children: [["奖励措施", 7, 7, 7.22], ["违约处罚", 47, 90, 92.78]] },
      { row: ["土地运营", 36, 89, 18.13], children: [["环保要求", 3, 3, 3.37], ["土地绩效贡献", 11, 17, 19.1], ["土地利用管理", 28, 69, 77.53]] },
      { row: ["责任机制", 48, 155, 31.57], children: [["宣传公示", 7, 10, 6.45], ["责任分工", 42, 89, 57.42], ["政策衔接", 1, 2, 1.29], ["主体责任", 30, 54, 34.84]] },
    ],
  },
];

/**
 * Printed shares that are not the rounded quotient of the printed counts (each matches the
 * truncated quotient): label → recomputed share. Found by the kit's validator, checked by hand.
 */
export const PRINTED_SHARE_SLIPS: Readonly<Record<string, number>> = {
  土地使用: 20.54, // 345 / 1680 = 20.536 %
  租售管理: 6.76, // 20 / 296 = 6.757 %
  奖励与惩戒: 19.76, // 97 / 491 = 19.756 %
};
