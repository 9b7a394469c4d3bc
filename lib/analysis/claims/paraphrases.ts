// Words and phrases reporters use interchangeably, mapped to one form so that paraphrases of one fact
// (and different translations of one quote) share their content words. General news vocabulary only.

export const SYNONYMS = new Map<string, string>(Object.entries({
  ceasefire: "truce", "cease-fire": "truce", armistice: "truce",
  negotiation: "talk", negotiations: "talk", talks: "talk", discussion: "talk", dialogue: "talk", conversation: "talk",
  answer: "response", reply: "response", respond: "response",
  wound: "injure", hurt: "injure", injury: "injure", injured: "injure", wounded: "injure",
  kill: "dead", die: "dead", death: "dead", killed: "dead",
  strike: "attack", assault: "attack", raid: "attack", barrage: "attack", bombardment: "attack",
  breach: "violate", violation: "violate", break: "violate",
  television: "tv", broadcaster: "tv",
  proposal: "offer", propose: "offer", suggestion: "offer",
  willingness: "open", openness: "open", ready: "open", readiness: "open", willing: "open",
  abandon: "quit",
  meet: "meeting", meeting: "meeting", gathering: "meeting",
  civilians: "civilian", infrastructure: "target", sites: "target", site: "target", targets: "target",
  positively: "positive", optimism: "hope",
  firm: "company", corporation: "company", business: "company",
  bilateral: "direct", "face-to-face": "direct", headway: "progress", advance: "progress",
  halt: "stop", cease: "stop", suspend: "stop", resume: "restart",
  blaze: "fire", inferno: "fire", blast: "explosion", detonation: "explosion",
  lorry: "truck", lorries: "truck", vessel: "ship", boat: "ship", ferry: "ship",
  // prices and figures moving
  drop: "fall", slide: "fall", slump: "fall", plunge: "fall", tumble: "fall", decline: "fall", dip: "fall",
  climb: "rise", jump: "rise", surge: "rise", soar: "rise", gain: "rise",
  // the event itself, whatever a report calls it
  accident: "crash", collision: "crash", derailment: "crash", derail: "crash", wreck: "crash", wreckage: "crash",
  // finding out what happened
  examine: "investigate", probe: "investigate", inquiry: "investigate", investigation: "investigate", investigator: "investigate",
  establish: "determine", ascertain: "determine", discover: "determine",
  // a part that failed
  broken: "broken", fracture: "broken", fractured: "broken", crack: "broken", cracked: "broken",
  vow: "promise", pledge: "promise",
  interview: "question", quiz: "question", interrogate: "question",
  curve: "bend", rescuer: "rescue", remain: "stay",
  // the place where it happened (folded with "site", which also names what was hit)
  scene: "target",
}));

/** Phrases, as lemmas, read as one word: "walk away" and "take a pass" both quit. */
const PHRASE_LIST: [string, string][] = [
  ["walk away", "quit"], ["pull out", "quit"], ["back out", "quit"], ["take a pass", "quit"], ["step away", "quit"],
  ["look into", "investigate"], ["find out", "determine"], ["work out", "determine"],
  ["hold to account", "accountable"], ["hold accountable", "accountable"], ["answer for", "accountable"],
  ["call off", "cancel"], ["put off", "postpone"],
  ["come off the track", "crash"], ["come off the rail", "crash"], ["leave the track", "crash"], ["leave the rail", "crash"],
  ["jump the track", "crash"],
];

/** Phrases by their first lemma, longest first. */
export const PHRASES = new Map<string, { rest: string[]; form: string }[]>();
for (const [phrase, form] of PHRASE_LIST) {
  const [first, ...rest] = phrase.split(" ");
  const list = PHRASES.get(first!) ?? [];
  list.push({ rest, form });
  list.sort((a, b) => b.rest.length - a.rest.length);
  PHRASES.set(first!, list);
}
