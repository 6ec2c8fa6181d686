/**
 * Top-level domains a domain indicator may end in, as data: every ISO 3166 country-code TLD, the
 * original generic ones and the newer generic TLDs that show up in threat reports (.online, .xyz,
 * .top, .wiki, …). A candidate whose last label is not listed ("setup.exe", "config.php",
 * "report.pdf") is no domain. `.onion` is kept: Tor addresses are common ransomware indicators.
 */
export const TLDS: ReadonlySet<string> = new Set([
  'ac', 'academy', 'ad', 'adult', 'ae', 'aero', 'af', 'ag', 'agency', 'ai', 'al', 'am',
  'amsterdam', 'ao', 'apartments', 'app', 'aq', 'ar', 'art', 'as', 'asia', 'at', 'attorney', 'au',
  'auto', 'aw', 'ax', 'az', 'ba', 'bank', 'bar', 'bb', 'bd', 'be', 'beauty', 'berlin',
  'best', 'bet', 'bf', 'bg', 'bh', 'bi', 'bid', 'biz', 'bj', 'black', 'blog', 'blue',
  'bm', 'bn', 'bo', 'bond', 'br', 'bs', 'bt', 'business', 'buzz', 'bw', 'by', 'bz',
  'ca', 'cab', 'capital', 'car', 'care', 'cars', 'cash', 'casino', 'cat', 'cc', 'cd', 'center',
  'cf', 'cg', 'ch', 'charity', 'chat', 'ci', 'city', 'ck', 'cl', 'click', 'clinic', 'cloud',
  'club', 'cm', 'cn', 'co', 'codes', 'college', 'com', 'community', 'company', 'consulting', 'cool', 'coop',
  'cr', 'credit', 'cu', 'cv', 'cw', 'cx', 'cy', 'cyou', 'cz', 'date', 'dating', 'de',
  'deals', 'delivery', 'dental', 'design', 'dev', 'digital', 'discount', 'dj', 'dk', 'dm', 'do', 'doctor',
  'download', 'dz', 'ec', 'eco', 'edu', 'education', 'ee', 'eg', 'email', 'energy', 'engineering', 'enterprises',
  'er', 'es', 'estate', 'et', 'eu', 'events', 'exchange', 'express', 'farm', 'fi', 'finance', 'financial',
  'fj', 'fk', 'fm', 'fo', 'foundation', 'fr', 'fun', 'fund', 'ga', 'game', 'games', 'garden',
  'gd', 'gdn', 'ge', 'gf', 'gg', 'gh', 'gi', 'gives', 'gl', 'global', 'gm', 'gn',
  'gold', 'gov', 'gp', 'gq', 'gr', 'green', 'group', 'gs', 'gt', 'gu', 'gw', 'gy',
  'hair', 'health', 'help', 'hk', 'hm', 'hn', 'holdings', 'homes', 'hospital', 'host', 'hosting', 'house',
  'hr', 'ht', 'hu', 'icu', 'id', 'ie', 'il', 'im', 'in', 'inc', 'info', 'ink',
  'institute', 'int', 'international', 'investments', 'io', 'iq', 'ir', 'is', 'it', 'je', 'jm', 'jo',
  'jobs', 'jp', 'ke', 'kg', 'kh', 'ki', 'kim', 'km', 'kn', 'kp', 'kr', 'kw',
  'ky', 'kz', 'la', 'land', 'lat', 'law', 'lawyer', 'lb', 'lc', 'legal', 'li', 'life',
  'link', 'live', 'lk', 'llc', 'loan', 'lol', 'london', 'love', 'lr', 'ls', 'lt', 'ltd',
  'lu', 'lv', 'ly', 'ma', 'management', 'market', 'marketing', 'markets', 'mc', 'md', 'me', 'media',
  'men', 'mg', 'mh', 'mil', 'mk', 'ml', 'mm', 'mn', 'mo', 'mobi', 'moe', 'mom',
  'money', 'monster', 'mov', 'mp', 'mq', 'mr', 'ms', 'mt', 'mu', 'museum', 'mv', 'mw',
  'mx', 'my', 'mz', 'na', 'name', 'nc', 'ne', 'net', 'network', 'news', 'nf', 'ng',
  'ngo', 'ni', 'nl', 'no', 'np', 'nr', 'nu', 'nyc', 'nz', 'om', 'one', 'ong',
  'onion', 'online', 'org', 'pa', 'page', 'paris', 'partners', 'party', 'pay', 'pe', 'pf', 'pg',
  'ph', 'photo', 'pics', 'pink', 'pk', 'pl', 'plus', 'pm', 'pn', 'poker', 'porn', 'post',
  'pr', 'press', 'pro', 'properties', 'ps', 'pt', 'pw', 'py', 'qa', 'quest', 'racing', 'radio',
  're', 'realty', 'red', 'rentals', 'research', 'rest', 'review', 'ro', 'rs', 'ru', 'run', 'rw',
  'sa', 'sale', 'sb', 'sbs', 'sc', 'school', 'science', 'sd', 'se', 'security', 'server', 'services',
  'sex', 'sg', 'sh', 'shipping', 'shop', 'shopping', 'si', 'site', 'sk', 'skin', 'sl', 'sm',
  'sn', 'so', 'social', 'software', 'solar', 'solutions', 'space', 'sr', 'ss', 'st', 'store', 'stream',
  'studio', 'su', 'support', 'sv', 'sx', 'sy', 'systems', 'sz', 'taxi', 'tc', 'td', 'team',
  'tech', 'technology', 'tel', 'tf', 'tg', 'th', 'tj', 'tk', 'tl', 'tm', 'tn', 'to',
  'today', 'tokyo', 'tools', 'top', 'town', 'tr', 'trade', 'trading', 'travel', 'tt', 'tv', 'tw',
  'tz', 'ua', 'ug', 'uk', 'university', 'uno', 'us', 'uy', 'uz', 'va', 'vc', 've',
  'ventures', 'vg', 'vi', 'video', 'vip', 'vn', 'vu', 'website', 'wf', 'wiki', 'win', 'work',
  'world', 'ws', 'xxx', 'xyz', 'ye', 'yt', 'za', 'zip', 'zm', 'zone', 'zw',
]);

/**
 * File extensions that are also TLDs (.zip, .mov, .py, .sh, .pl, .md, .rs, .so, .ps) or look
 * like them: "loader.zip" or "run.sh" is a file name unless it is presented as an indicator.
 */
export const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  'exe', 'dll', 'zip', 'rar', '7z', 'js', 'jsx', 'ts', 'php', 'asp', 'aspx', 'jsp', 'html', 'htm', 'py', 'sh', 'pl',
  'rb', 'md', 'rs', 'so', 'ps', 'ps1', 'bat', 'cmd', 'vbs', 'lnk', 'iso', 'img', 'msi', 'apk', 'jar', 'doc', 'docx',
  'xls', 'xlsx', 'ppt', 'pptx', 'pdf', 'txt', 'csv', 'log', 'json', 'xml', 'yml', 'yaml', 'ini', 'cfg', 'conf', 'sys',
  'bin', 'dat', 'db', 'sql', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'mp3', 'mp4', 'mov', 'avi', 'tar', 'gz', 'tgz',
  'bz2', 'xz', 'dmg', 'pkg', 'deb', 'rpm', 'elf', 'c', 'h', 'cpp', 'java', 'go', 'cs', 'tmp', 'bak', 'hta', 'wsf',
  'scr', 'cpl', 'ocx', 'drv', 'dylib', 'plist', 'ko',
]);
