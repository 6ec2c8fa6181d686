import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { couldBeIncident, headlineNamesIncident } from '../engine/classify/screen-incident';
import { offerScreen } from './incident-lens.content/second-stage';

// The content script's classifier screen (incident-lens.content/second-stage.ts), loaded by the
// first stage on pages with incident cues: it settles near misses without the second stage.
export default defineUnlistedScript(() => offerScreen({ couldBeIncident, headlineNamesIncident }));
