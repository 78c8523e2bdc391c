import { nameWordFlags } from '../lexicon/lexicon.js';
import { agentPhrases, nameColumnLabels, nameKeyLabels, nameLabels } from '../lexicon/name-labels.js';
import { nameRoles } from '../lexicon/name-roles.js';
import { particles, titles } from '../lexicon/name-words.js';
import { roleMailboxes } from '../organisation-contacts.js';
/**
 * Word tables the native scanner reads by name (`namedTable` in native/pii/engine.h): the lexicon
 * data stays in TypeScript, one source for both engines, and is handed to the addon once when it
 * is loaded. Each entry is a word and its non-zero value (flags, or 1 for a plain set).
 */
export function nativeTables(): Record<string, [string, number][]> {
  return {
    // one line per table: name: entries,
    personNameWords: [...nameWordFlags()],
    personNameParticles: [...particles].map((w) => [w, 1]),
    personNameTitles: [...titles].map((w) => [w, 1]),
    personNameRoles: nameRoles.map((w) => [w, 1]),
    nameColumnLabels: nameColumnLabels.map((w) => [w, 1]),
    // Lists the scanner walks in order rather than looks up (namedWords in native/pii/engine.h).
    personNameLabels: nameLabels.map((w) => [w, 1]),
    personNameKeyLabels: nameKeyLabels.map((w) => [w, 1]),
    personNameAgentPhrases: agentPhrases.map((w) => [w, 1]),
    roleMailboxes: roleMailboxes.map((w) => [w, 1]),
  };
}
