/** Column names accepted on import, in English and Chinese, mapped to dialist's fields. */
export const FIELDS = [
  'id', 'name_zh', 'name_en', 'aliases', 'gender', 'birth_year', 'birth_date', 'ethnicity', 'province', 'religion',
  'detention_date', 'charge', 'sentence', 'prison', 'status', 'sources', 'notes',
] as const;
export type Field = (typeof FIELDS)[number];

const ALIASES: Record<Field, string[]> = {
  id: ['id', 'record id', 'record_id', '编号', '编码', '序号id'],
  name_zh: ['name_zh', 'name (chinese)', 'chinese name', 'characters', '姓名', '中文名', '中文姓名', '名字', '漢字', '汉字'],
  name_en: ['name_en', 'name (english)', 'english name', 'romanised', 'romanized', 'pinyin', 'name', '英文名', '拼音', '英文姓名'],
  aliases: ['aliases', 'alias', 'other names', '别名', '別名', '其他名字', '曾用名'],
  gender: ['gender', 'sex', '性别', '性別'],
  birth_year: ['birth_year', 'birth year', 'born', 'year of birth', '出生年份', '出生年', '生年'],
  birth_date: ['birth_date', 'birth date', 'date of birth', 'dob', '出生日期', '生日'],
  ethnicity: ['ethnicity', 'ethnic group', 'nationality', '民族'],
  province: ['province', 'native province', 'home province', 'native place', '籍贯', '籍貫', '省份', '户籍'],
  religion: ['religion', 'faith', '宗教', '信仰'],
  detention_date: ['detention_date', 'detained', 'date detained', 'detention date', '拘留日期', '羁押日期', '被捕日期'],
  charge: ['charge', 'charges', 'crime', '罪名', '指控'],
  sentence: ['sentence', 'term', '刑期', '判决', '判刑'],
  prison: ['prison', 'place held', 'place of detention', '监狱', '关押地点', '羁押地点'],
  status: ['status', 'current status', '状态', '现状', '近况'],
  sources: ['sources', 'source', '来源', '消息来源'],
  notes: ['notes', 'note', 'remarks', 'comments', '备注', '說明', '说明'],
};

const lookup = new Map<string, Field>();
for (const [field, names] of Object.entries(ALIASES) as [Field, string[]][]) for (const n of names) lookup.set(n, field);

export function fieldForHeader(header: string): Field | undefined {
  return lookup.get(header.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' '));
}
