/**
 * Han surnames, to tell a name from other words when no record knows it: a pattern such as 罪犯X or
 * "X，男，" introduces a name only if X starts with a surname. The common single-character surnames
 * (together well over 99% of the population) and the compound ones in COMPOUND_SURNAMES. Tibetan and
 * Uyghur names have no surname; they are recognised by their dots or their parts instead.
 */
import { COMPOUND_SURNAMES } from './chinese.js';

export const SURNAMES: ReadonlySet<string> = new Set([...(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季' +
  '裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦' +
  '戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻' +
  '苑迟邝封蔺揭井都班仝鞠宦竺从勾郦冀郁蓬萧鄢邰练郗洪钮敬粟邸琚芮宿隆毋逯厉晋郜卿苍蓟权逄储汲邴松富乌弓' +
  '牧隗仰秋暴钭戎祖束幸韶薄印怀鄂咸籍赖屠阴胥能双闻莘劳扶堵宰雍却璩濮寿通扈燕郏浦别阎充慕茹习鱼容慎戈庾' +
  '终暨居衡步满弘匡国禄阙东殳沃利蔚越夔厍晁阚那乜养须丰巢蒯相后荆红盖益桓公鲜来户闫乐冼谈'
)]);

/** Length of the surname a run of simplified characters starts with (2 for 欧阳, 1 for 王), or 0 for none. */
export function surnameAt(simplified: string): number {
  if (COMPOUND_SURNAMES.has(simplified.slice(0, 2))) return 2;
  return SURNAMES.has(simplified.charAt(0)) ? 1 : 0;
}
