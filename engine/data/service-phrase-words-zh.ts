/**
 * Chinese words that cannot stand inside the name of a service, so a service phrase read leftwards
 * from its head ("…系统") starts after them. Chinese has no spaces: without these the phrase runs
 * over the verb whose object the service is ("切断系统", "替代线上系统") or the adverb of that verb
 * ("尽快应用补丁", where 应用 is "apply").
 *
 * Reviewed as a whole, general terms only. Left out on purpose: verbs that also name a service by
 * what it does (管理系统, 控制系统, 监控平台, 登录功能, 支付系统, 更新服务, 扫描平台, 隔离网络, 保障系统 as
 * in 社会保障系统), and 临时 (临时网站 is a thing). Words already in the phrase finder's general
 * boundary list (攻击, 入侵, 恢复, 关闭, …) are not repeated.
 */

/** Verbs of acting on a system that never modify a service noun: the service is their object. */
export const ACTION_VERBS_ZH: readonly string[] = [
  '切断', '断开', '开启', '关停', '重启', '替代', '取代', '代替', '替换', '攻陷', '攻破', '侵入', '黑进', '黑掉',
  '摧毁', '删除', '清除', '擦除', '锁定', '冻结', '封锁', '屏蔽', '拦截', '阻断', '中止', '迁移', '转移', '切换',
  '重建', '重装', '还原', '启用', '停用', '禁用', '断网', '进入', '退出', '登入', '感染', '加固', '升级',
  '波及', '危及', '损坏', '损毁', '搞垮', '接管', '渗透', '下线', '上线',
  // Theft from a store of value or data: the wallet or account is the object ("盗取加密货币钱包", "导入私钥绑定钱包").
  '盗取', '盗走', '偷走', '偷取', '盗用', '劫持', '清空', '掏空', '导入', '绑定',
];

/** Adverbs, modal verbs and clause-opening conjunctions: what follows them is a verb phrase or a new clause, not a name ("尽快应用", "只能使用"). */
export const ADVERBS_ZH: readonly string[] = [
  '尽快', '及时', '立即', '立刻', '马上', '随即', '紧急', '暂时', '正在', '仍然', '依然', '已然', '不得不',
  '只能', '只好', '必须', '需要', '应该', '应当', '能否', '不能', '不再', '开始', '继续', '试图', '企图', '设法',
  '成功', '用来', '用于',
  // Conjunctions that open a clause ("结果钱包被清空", "于是网站…"): the service starts after them.
  '结果', '于是', '从而', '随后',
];

/**
 * An event and 致 ("caused"), as headlines join cause and effect ("云服务商故障致多款App无法登录",
 * "勒索攻击致医院系统瘫痪"): what follows is the effect's subject, not part of the cause's name.
 */
export const CAUSE_VERBS_ZH: readonly string[] = ['故障致', '宕机致', '攻击致', '中断致', '事件致', '断电致', '停电致', '漏洞致', '更新致', '入侵致', '升级致'];

/** Counts of products before a head ("多款App", "数款应用"): cut off whole, like 多个. */
export const PRODUCT_COUNTS_ZH: readonly string[] = ['多款', '数款', '几款', '两款', '三款'];

