/**
 * English words before a service head that end its phrase when read leftwards ("weeks restoring
 * online services" → "online services"): verbs whose object the service is. The counterpart of
 * service-phrase-words-zh.ts.
 *
 * An "-ing" word is a verb (hindering, restoring, crippling) unless it is one of the gerunds that
 * name what a service does and so modify its noun (booking system, banking app, baggage handling
 * system); that closed list is reviewed as a whole, general terms only. Participial adjectives
 * (existing, remaining, incoming) end the phrase too: what is left names the same service.
 */

/** Gerunds that name a service's function and stay in its name: "online banking service", "ticketing system". */
export const SERVICE_GERUNDS_EN: ReadonlySet<string> = new Set([
  'accounting', 'advertising', 'banking', 'betting', 'billing', 'boarding', 'booking', 'broadcasting', 'building',
  'caching', 'calling', 'crowdfunding', 'dating', 'gambling', 'racing', 'ride-hailing', 'catering', 'charging', 'check-in', 'checking', 'clearing', 'computing', 'conferencing', 'cooling',
  'dialing', 'dialling', 'dining', 'dispatching', 'dispensing', 'emailing', 'engineering', 'filing', 'gaming', 'handling',
  'fueling', 'heating', 'hosting', 'housing', 'imaging', 'invoicing', 'landing', 'learning', 'lending', 'lighting', 'logging', 'mailing',
  'lodging', 'manufacturing', 'mapping', 'marketing', 'messaging', 'metering', 'meeting', 'monitoring', 'networking', 'nursing', 'operating',
  'ordering', 'paging', 'parking', 'planning', 'pricing', 'printing', 'prescribing', 'processing', 'publishing', 'pumping',
  'rating', 'recording', 'recruiting', 'recycling', 'refueling', 'refuelling', 'reporting', 'routing', 'scheduling', 'scanning', 'screening', 'sharing',
  'shipping', 'shopping', 'signaling', 'signalling', 'sorting', 'streaming', 'switching', 'teaching', 'testing',
  'texting', 'ticketing', 'tracking', 'trading', 'training', 'underwriting', 'voting', 'washing', 'wiring',
]);

/**
 * Base forms of verbs of acting on a system that never modify a service noun ("restore services",
 * "abandon electronic services"); words that are also nouns naming a service's kind (update
 * server, patch management, reset service, backup system) are left out.
 */
export const ACTION_VERBS_EN: ReadonlySet<string> = new Set([
  'abandon', 'corrupt', 'cripple', 'decrypt', 'delete', 'destroy', 'disable', 'disconnect', 'disrupt', 'encrypt', 'erase', 'exploit', 'exploits', 'target', 'targets', 'contain', 'contains', 'compromise', 'buy', 'bought', 'sell', 'sold', 'disseminate', 'disseminated',
  'hijack', 'infect', 'infiltrate', 'isolate', 'penetrate', 'rebuild', 'reboot', 'recover',
  'reinstall', 'restart', 'restore', 'resume', 'shut', 'steal', 'suspend', 'unlock', 'wipe',
  // What a victim does to keep going: "divert ambulances", "reroute calls", "cancel appointments".
  'divert', 'diverted', 'reroute', 'rerouted', 'cancel', 'cancelled', 'canceled', 'postpone', 'postponed', 'halt', 'halted',
  // A headline's present tense: "Cyberattack on X disrupts services".
  'disrupts', 'cripples', 'disables', 'encrypts', 'deletes', 'destroys', 'halts', 'suspends', 'restores', 'resumes', 'shuts', 'diverts', 'cancels',
]);
