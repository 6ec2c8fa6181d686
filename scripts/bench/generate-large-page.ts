/**
 * The 1 MB article page: fictional incident paragraphs of our own, in English and Chinese, repeated
 * with varied names, dates and indicators until the page weighs about `targetBytes`. Generated at
 * run time into a temporary folder; never committed.
 */

const VICTIMS = ['Harbourside Water Trust', 'Northvale Clinics', 'Copperfield Logistics', 'Eastmere County Council', 'Brightwell Savings Bank'];
const VICTIMS_ZH = ['青川市第一医院', '海湾物流集团', '东岭水务公司', '北港证券', '南湖大学'];
const MALWARE = ['LockBit', 'BlackCat', 'Cl0p', 'Royal', 'Akira'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function englishParagraph(i: number): string {
  const victim = VICTIMS[i % VICTIMS.length];
  const malware = MALWARE[(i >> 1) % MALWARE.length];
  const day = (i % 27) + 1;
  const month = MONTHS[i % 12];
  return `${victim} said on ${day} ${month} 2024 that a ${malware} ransomware attack had encrypted servers running its billing portal, `
    + `and that attackers exploited CVE-2024-${String(1000 + (i % 8999)).padStart(4, '0')} in an unpatched VPN appliance. `
    + `Investigators traced traffic to 203.0.113.${i % 250} and the domain update-check${i % 97}[.]example[.]net, `
    + `and the National Cyber Security Centre is helping with the response while customer records of about ${(i % 90) + 10},000 people may have been stolen.`;
}

function chineseParagraph(i: number): string {
  const victim = VICTIMS_ZH[i % VICTIMS_ZH.length];
  const malware = MALWARE[(i >> 1) % MALWARE.length];
  return `${victim}于2024年${(i % 12) + 1}月${(i % 27) + 1}日发布公告称，其计费系统遭到${malware}勒索软件攻击，部分服务器被加密，`
    + `攻击者利用了VPN设备中的漏洞CVE-2024-${String(2000 + (i % 7999)).padStart(4, '0')}。`
    + `调查人员发现可疑通信指向IP地址198.51.100.${i % 250}，约${(i % 50) + 5}万条用户数据可能已经泄露，国家互联网应急中心已介入调查。`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML of an article page of about `targetBytes` (UTF-8), alternating English and Chinese paragraphs. */
export function generateLargeArticlePage(targetBytes = 1_000_000): string {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    + '<title>Ransomware wave hits utilities and hospitals (benchmark page)</title>'
    + '<meta property="og:title" content="Ransomware wave hits utilities and hospitals">'
    + '<meta property="article:published_time" content="2024-06-03T08:00:00Z">'
    + '</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
    + '<main><article><h1>Ransomware wave hits utilities and hospitals</h1>'
    + '<div class="meta">By Bench Reporter · <time datetime="2024-06-03">3 June 2024</time></div><div class="article-body">';
  const tail = '</div></article></main><footer><p>Generated page for the Incident Lens benchmark.</p></footer></body></html>';
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; bytes < targetBytes; i++) {
    const paragraph = `<p>${escapeHtml(i % 3 === 2 ? chineseParagraph(i) : englishParagraph(i))}</p>\n`;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  parts.push(tail);
  return parts.join('');
}
