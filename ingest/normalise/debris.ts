/**
 * Lines a website or a legal database adds around a document, recognised on the cleaned line (spaces
 * between Chinese characters already gone: `字号：大 中 小` reads `字号：大中小`). Normalising drops them
 * like page numbers, so they never become a title, a heading or a sentence; the offset map still leads
 * every kept character back to the original. Lines that carry metadata (the information table,
 * `【发布部门】`, the 文号) are kept for the structure stage to read.
 */

const CONTROLS = '(?:打印本页|打印本文|打印|关闭窗口|关闭本页|关闭|我要纠错|纠错|收藏本页|收藏|分享到|分享|返回顶部|返回|保存本页|下载)';

const WEBSITE_DEBRIS: RegExp[] = [
  // 当前位置：首页 > 政府信息公开 > 政策文件 (the site's breadcrumb)
  /^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|当前所在位置)[：:]/,
  /^(?:首页|网站首页)\s*[>＞»›]/,
  // 字号：大 中 小, 【字体：大 中 小】
  /^[【[]?(?:字号|字体)[：:]?[】\]]?[【[]?[大中小](?:[】\]]?[【[]?[大中小]){1,2}[】\]]?/,
  // 【打印本页】【关闭窗口】, 打印本页 关闭窗口, 【我要纠错】
  new RegExp(`^(?:[【[]?${CONTROLS}[】\\]]?[|｜丨/]?)+$`),
  /^扫一扫在手机(?:上)?(?:打开|浏览)当前页$/,
  /^(?:文件下载|附件下载|相关下载|相关链接|相关文件|相关解读)[：:]?$/,
  // The site's menu and section heading printed above the document.
  /^(?:首页|网站首页|返回首页|政府信息公开|信息公开|政务公开|政务服务|互动交流|数据开放|政策文件|政策法规|通知公告)$/,
  /^(?:浏览次数|访问次数|阅读次数|点击数|访问量)[：:]\s*\d*$/,
  // Legal databases: the database's own citation code and link, not the document's.
  /^[【[]?(?:法宝引证码|北大法宝引证码)[】\]：:]/,
  /^[【[]?原文链接[】\]：:]/,
];

export function isWebsiteDebris(text: string): boolean {
  return WEBSITE_DEBRIS.some((pattern) => pattern.test(text));
}
