// Deterministic synthetic records for tests and benchmarks (no real people): Han names in simplified or
// traditional characters with pinyin, Hong Kong and Taiwan spellings, Uyghur and Tibetan names.
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '单', '解', '欧阳', '尉迟', '上官'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志文玉兰红梅海波鹏飞宇辉晓东雪琳晨阳浩然子轩思雨欣怡佳慧嘉俊博文天明'];
const PROVINCES = ['Beijing', 'Hebei', 'Shanxi', 'Liaoning', 'Jilin', 'Jiangsu', 'Zhejiang', 'Anhui', 'Fujian', 'Shandong', 'Henan', 'Hubei', 'Hunan', 'Guangdong', 'Sichuan', 'Guizhou', 'Yunnan', 'Shaanxi', 'Gansu'];
const UY_GIVEN = [['买买提', 'Memet'], ['艾山', 'Hesen'], ['吐尔逊', 'Tursun'], ['阿不都拉', 'Abdulla'], ['热孜万古丽', 'Rizwangul'], ['古丽娜尔', 'Gulnar'], ['卡德尔', 'Qadir'], ['吾斯曼', 'Osman'], ['努尔兰', 'Nurlan'], ['塔依尔', 'Tahir']];
const TB = [['扎西', 'Tashi'], ['次仁', 'Tsering'], ['卓玛', 'Dolma'], ['丹增', 'Tenzin'], ['索南', 'Sonam'], ['格桑', 'Kelsang'], ['洛桑', 'Lobsang'], ['多吉', 'Dorje'], ['尼玛', 'Nyima'], ['拉姆', 'Lhamo']];

/** A small seeded generator (mulberry32), so the same seed gives the same records. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows in the import contract: id,name_zh,name_en,aliases,gender,birth_year,ethnicity,province. */
export function generateRows(n, seed = 1) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const id = `S${String(i + 1).padStart(6, '0')}`;
    const by = 1940 + Math.floor(r() * 65);
    const g = r() < 0.7 ? 'M' : 'F';
    const kind = r();
    if (kind < 0.06) {
      const [a, b] = [pick(UY_GIVEN), pick(UY_GIVEN)];
      rows.push([id, `${a[0]}·${b[0]}`, `${a[1]} ${b[1]}`, '', g, by, 'Uyghur', 'Xinjiang']);
    } else if (kind < 0.1) {
      const [a, b] = [pick(TB), pick(TB)];
      rows.push([id, a[0] + b[0], `${a[1]} ${b[1]}`, '', g, by, 'Tibetan', pick(['Tibet', 'Qinghai', 'Sichuan'])]);
    } else {
      const zh = pick(SURNAMES) + pick(GIVEN) + (r() < 0.6 ? pick(GIVEN) : '');
      rows.push([id, zh, '', '', g, by, 'Han', pick(PROVINCES)]);
    }
  }
  return rows;
}

export function toCsv(rows) {
  const head = 'id,name_zh,name_en,aliases,gender,birth_year,ethnicity,province';
  return head + '\n' + rows.map((r) => r.join(',')).join('\n') + '\n';
}
