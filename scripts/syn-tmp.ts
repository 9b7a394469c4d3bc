import { SYNONYMS } from "../lib/analysis/claims/paraphrases";
import { wordsRelated } from "../lib/analysis/lexical/wordnet";
const out: string[] = [];
for (const [k, v] of SYNONYMS) if (k !== v) out.push(`${k}->${v}:${wordsRelated(k, v, false) ? "SYN" : wordsRelated(k, v, true) ? "HYP" : "-"}`);
console.log(out.join("  "));
