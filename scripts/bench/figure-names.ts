/**
 * Names of the figures the summary line reads, shared by the sections that produce them and the
 * summary, so renaming a table line cannot silently turn a summary value into NaN.
 */
export const FIGURE = {
  readabilityFirst: 'readability parse, first call (fresh page)',
  markjs: 'mark.js markRanges (fresh page)',
  highlightFresh: 'highlight (fresh page, API warmed as the content script does)',
  pipeline: 'pipeline: content script start → painted/verdict (extension running)',
  firstTask: "pipeline: the content script's first task (main thread blocked)",
  longestTaskToVerdict: 'pipeline: longest main-thread task from the content script start to its verdict',
  contentAllStages: 'content script, all stages an incident page loads',
  pageHeap: 'JS heap the content script adds to the page (after GC)',
  firstPage: 'first page after browser start: content script start → painted',
  longestTask: 'longest main-thread task during analysis',
  hugeLongestTask: 'huge page: longest main-thread task from the content script start',
  hugeFirstScreen: 'huge page: worker answer → facts in view on screen',
  libraryOpen: 'first render: navigation start → list painted',
  librarySearch: 'search: typing → result list updated',
  exportJson: 'export JSON: click → file ready',
  importJson: 'import JSON into an empty library: file chosen → summary, confirm → written',
  stoppedWorker: 'pipeline after the worker was stopped (MV3 stops it when idle 30 s)',
  pausedReader: 'article after a 45 s pause, the reader on a news page: content script start → highlights',
  pausedReaderLeft: 'article after a 45 s pause, the reader elsewhere: content script start → highlights',
  roundTripFloor: 'floor: content script + one message round trip to the running worker',
  workerHeap: "worker's JS heap after analysing the pages (after a collection)",
  transferLongestTask: 'longest main-thread task on the library page during export and import',
  incidentPropose: 'incident: propose for a new clipping (Node, fake-indexeddb)',
  incidentLink: 'incident: propose and link a new clipping (Node, fake-indexeddb)',
} as const;
