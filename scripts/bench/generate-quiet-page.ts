/**
 * A news page without incident words, like most pages of a news site (sport, culture, local news):
 * a header and navigation, an article of our own sentences in English and Chinese (~6 KB of text),
 * a sidebar of links and a footer. The content script's first stage reads it, finds no incident
 * cue and stops there; the benchmark times that (nocue_first_task_ms). Generated at run time.
 */

const PARAGRAPHS = [
  'The harbour rowing club won the autumn regatta on Saturday, finishing two lengths ahead of the university crew after a close race along the river.',
  'Coaches said the squad had trained at dawn through the summer, and the new lightweight boat, built by a local workshop, made the difference in the final stretch.',
  'Thousands of spectators lined the embankment, and food stalls sold grilled corn, pancakes and hot cider until late in the evening.',
  'The city council plans to widen the riverside path next spring so that runners, cyclists and families with prams can share it more comfortably.',
  '划船俱乐部在周六的秋季赛艇比赛中夺冠，领先大学队两个船身，沿岸观众多达数千人。',
  'Next month the club will host a junior festival with races for under-fourteens, and volunteers are wanted to help with timing and refreshments.',
  'The mayor presented the trophy and thanked the rowers, umpires and the harbour master, whose team kept the course clear of barges all afternoon.',
  '俱乐部下个月将举办青少年节，欢迎志愿者帮忙计时和准备茶点。',
];

const LINKS = ['Football', 'Cricket', 'Tennis', 'Cycling', 'Athletics', 'Rowing', 'Weather', 'Arts', 'Food', 'Travel'];

/** The HTML of the quiet page: about `repeats` × 8 paragraphs of article text. */
export function generateQuietPage(repeats = 4): string {
  const nav = LINKS.map((name) => `<a href="/${name.toLowerCase()}/">${name}</a>`).join(' ');
  const body: string[] = [];
  for (let r = 0; r < repeats; r++) for (const p of PARAGRAPHS) body.push(`<p>${p}</p>`);
  const sidebar = LINKS.map((name, i) => `<li><a href="/${name.toLowerCase()}/story-${i}/">${name}: the week in pictures</a></li>`).join('');
  return '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    + '<title>Harbour crew wins the autumn regatta (benchmark page)</title>'
    + '<meta property="og:title" content="Harbour crew wins the autumn regatta">'
    + '<meta property="article:published_time" content="2024-10-05T18:00:00Z">'
    + `</head><body><header><nav>${nav}</nav></header>`
    + '<main><article><h1>Harbour crew wins the autumn regatta</h1>'
    + '<div class="meta">By Bench Reporter · <time datetime="2024-10-05">5 October 2024</time></div>'
    + `<div class="article-body">${body.join('\n')}</div></article>`
    + `<aside><h2>More sport</h2><ul>${sidebar}</ul></aside></main>`
    + '<footer><p>Generated page for the Incident Lens benchmark.</p></footer></body></html>';
}
