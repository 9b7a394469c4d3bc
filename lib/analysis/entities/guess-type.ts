import type { Token } from "../nlp/parse-text";
import type { EntityType } from "./find-entities";

export type TypeGuess = { type: EntityType; typeSure: boolean; placeCue?: boolean };

// Words that make a name an organisation: companies, institutions, and news outlets and agencies.
const ORG_WORDS =
  /\b(?:ferries|lines|rail|railways?|railroad|transit|transport|logistics|shipping|freight|chemicals?|pharma(?:ceuticals)?|steel|metals|mining|minerals|plastics|electronics|software|textiles|cement|fertili[sz]ers?|petroleum|utilities|insurance|breweries|brewery|motors|holdings|systems|industries|energy|foods|labs|technologies|partners|capital|guard|board|agency|ministry|council|forces?|party|inc|corp|corporation|company|co|group|bank|university|court|police|army|navy|committee|commission|union|association|organi[sz]ation|institute|department|office|service|tv|television|news|times|post|herald|press|media|club|airlines?|airways|fund|foundation|authority|parliament|senate|congress|government|ltd|llc|plc|gmbh|sa|ag|school|hospital|wire|gazette|tribune|journal|chronicle|courier|dispatch|telegraph|observer|daily|today|radio|broadcasting|network|channel|reporters?)\b/i;
/** Nouns that name a kind of vessel: "the ferry Silver Heron", "the tanker Nordic Star". */
const VESSEL_NOUNS =
  /^(?:ferry|ship|vessel|tanker|freighter|boat|yacht|trawler|liner|carrier|warship|destroyer|frigate|submarine|cruiser|barge|tug|schooner|dredger|icebreaker)$/;
/** Ship prefixes: "MV Orla", "MS Fjord". */
const VESSEL_PREFIX = /^(?:mv|ms|mt|ss|hms|uss|rms|fv)$/;
// Words in a name that make it a place rather than a person.
const PLACE_WORDS =
  /\b(?:united|kingdom|states|republic|emirates|island|islands|bay|sea|ocean|gulf|strait|river|lake|mount|mountains?|valley|coast|harbou?r|port|street|road|avenue|square|bridge|airport|station|monastery|cathedral|church|mosque|temple|palace|castle|park|north|south|east|west|central|st|saint|san|santa|new|fort|city|county|province|region|district)\b/i;
const PLACE_AFTER = /^(?:region|city|province|oblast|district|county|state|town|village|island|coast|river|valley|port)$/;
const PLACE_BEFORE = new Set(["in", "at", "near", "from", "across", "into", "outside", "towards", "toward"]);
/** "told Norpress", "reported by Lakeland Wire", "wrote on Chirper": a name on the end of a channel is an outlet. */
const CHANNEL_BEFORE = /^(?:told|telling|via)$/;
const SOURCE_AFTER = /^(?:news|agency|newspaper|broadcaster|reported|reports|reporting|channel)$/;

/**
 * The type of the name toks[i..j) from the words around it. `sourceNames` are the outlets and
 * agencies the report's provenance names; they are organisations wherever they appear.
 */
export function guessType(toks: Token[], i: number, j: number, text: string, afterTitle: boolean, sourceNames: ReadonlySet<string>): TypeGuess {
  if (afterTitle) return { type: "person", typeSure: true };
  // a ship is not a person; the schema has no vessel type, so it is filed with places
  if (isVessel(toks, i, j)) return { type: "place", typeSure: true };
  if (sourceNames.has(text) || ORG_WORDS.test(text)) return { type: "org", typeSure: true };
  const next = toks[j]?.lower ?? "";
  const prev = toks[i - 1]?.lower ?? "";
  if (SOURCE_AFTER.test(next) || CHANNEL_BEFORE.test(prev) || (prev === "on" && /^(?:wrote|posted|said|writing|posting)$/.test(toks[i - 2]?.lower ?? "")))
    return { type: "org", typeSure: false };
  if (PLACE_AFTER.test(next) || PLACE_BEFORE.has(prev)) return { type: "place", typeSure: false, placeCue: true };
  if (/^(?:city|town|capital|village|port|island|harbour|harbor)$/.test(toks[i - 2]?.lower ?? "") && prev === "of")
    return { type: "place", typeSure: true, placeCue: true };
  if (j - i >= 2) return PLACE_WORDS.test(text) ? { type: "place", typeSure: false } : { type: "person", typeSure: false };
  return { type: "place", typeSure: false };
}

/** "the ferry Silver Heron", "MV Orla", "the Silver Heron, a passenger ferry". */
function isVessel(toks: Token[], i: number, j: number): boolean {
  const prev = toks[i - 1];
  if (prev && (VESSEL_NOUNS.test(prev.lower) || VESSEL_PREFIX.test(prev.lower))) return true;
  if (toks[i] && VESSEL_PREFIX.test(toks[i]!.lower) && j - i >= 2) return true;
  if (toks[j]?.text === ",") {
    // an appositive of up to four words ending in a vessel noun
    for (let k = j + 1; k < Math.min(toks.length, j + 6); k++) {
      if (VESSEL_NOUNS.test(toks[k]!.lower)) return true;
      if (toks[k]!.pos === "VERB" || toks[k]!.pos === "PUNCT") break;
    }
  }
  return false;
}
