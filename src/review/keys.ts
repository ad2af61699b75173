/** The keys of the review screen, shared by the terminal and the web page so that both behave the same. */
export type KeyHelp = readonly (readonly [key: string, what: string])[];

export const ENTRY_KEYS: KeyHelp = [
  ['1-5', 'accept'], ['r', 'reject'], ['n', 'none of these'], ['c', 'new record'], ['p', 'not a person'], ['?', 'unsure'],
  ['/', 'search'], ['s', 'skip'], ['←', 'back'], ['↑↓', 'scroll'], ['u', 'undo'], ['A', 'accept all'], ['t', 'note'], ['q', 'quit'],
];
export const PAIR_KEYS: KeyHelp = [
  ['m', 'same person (merge)'], ['n', 'not the same'], ['?', 'unsure'], ['s', 'skip'], ['←', 'back'], ['↑↓', 'scroll'], ['u', 'undo'], ['q', 'quit'],
];
export const STALE_KEYS: KeyHelp = [
  ['1-5', 'keep (confirm)'], ['d', 'undo this decision'], ['s', 'skip'], ['←', 'back'], ['↑↓', 'scroll'], ['u', 'undo'], ['q', 'quit'],
];
export const EMPTY_KEYS: KeyHelp = [['g', 'reload'], ['u', 'undo'], ['q', 'quit']];
