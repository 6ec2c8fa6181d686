/**
 * Names of the figures the summary line reads, shared by the sections that produce them and the
 * summary, so renaming a table line cannot silently turn a summary value into NaN.
 */
export const FIGURE = {
  readabilityFirst: 'readability parse, first call (fresh page)',
  markjs: 'mark.js markRanges (fresh page)',
  highlightFresh: 'highlight (fresh page, API warmed as the content script does)',
  pipeline: 'pipeline: content script start → painted/verdict (extension running)',
  firstPage: 'first page after browser start: content script start → painted',
  longestTask: 'longest main-thread task during analysis',
  hugeLongestTask: 'huge page: longest main-thread task from the content script start',
  hugeFirstScreen: 'huge page: worker answer → facts in view on screen',
  libraryOpen: 'first render: navigation start → list painted',
  librarySearch: 'search: typing → result list updated',
  exportJson: 'export JSON: click → file ready',
  importJson: 'import JSON into an empty library: file chosen → summary, confirm → written',
  transferLongestTask: 'longest main-thread task on the library page during export and import',
  incidentPropose: 'incident: propose for a new clipping (Node, fake-indexeddb)',
  incidentLink: 'incident: propose and link a new clipping (Node, fake-indexeddb)',
} as const;
