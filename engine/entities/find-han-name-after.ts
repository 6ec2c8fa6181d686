/**
 * Reads a Chinese name forward from a position, where a descriptor has just ended: "铃木" in
 * "日本汽车制造商铃木遭遇网络攻击", "森林谷健康" in "美国医疗保健公司森林谷健康表示". Chinese has no
 * spaces, so the name ends at the first function character or function word after its first two
 * characters (遭, 的, 表示, 近日, …) or at the end of the Han run; a run that reaches the length limit
 * without one is no name (the end cannot be told).
 */
import type { Span } from '../types';
import { BOUNDARY_CHARS, BOUNDARY_WORDS } from './find-han-phrases';

const HAN = /\p{Script=Han}/u;
/** Words that end a name read forward: reported speech, time, incident verbs. */
const END_WORDS = [
  ...BOUNDARY_WORDS, '表示', '称', '宣布', '证实', '确认', '承认', '通报', '公告', '声明', '发布', '近日', '日前', '本周', '上周', '今年',
  '去年', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '发生', '系统', '网络', '数据', '官网', '网站', '旗下', '遇袭',
  '似乎', '仍然', '尚未', '并未', '没有', '未能', '正在', '一直', '随即', '立即', '迅速', '同样', '同时', '首先', '最终', '终于', '指出',
  '发现', '计划', '决定', '希望', '需要', '开始', '继续', '拒绝', '回应', '否认', '已于', '均', '总是', '曾经', '不得不', '不再',
];

/** The Han name starting at `start` (2 to `maxLength` characters), or null. */
export function findHanNameAfter(text: string, start: number, maxLength = 6): Span | null {
  if (!HAN.test(text[start] ?? '') || !HAN.test(text[start + 1] ?? '')) return null;
  // "公司表示", "公司的": no name follows.
  if (BOUNDARY_CHARS.has(text[start]) || END_WORDS.some((w) => text.startsWith(w, start))) return null;
  let end = start + 2;
  while (end < text.length && HAN.test(text[end])) {
    if (BOUNDARY_CHARS.has(text[end]) || END_WORDS.some((w) => text.startsWith(w, end))) break;
    if (end - start >= maxLength) return null;
    end++;
  }
  return { start, end };
}
