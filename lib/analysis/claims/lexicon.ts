// General English news vocabulary the rules lean on. Nothing here is specific to one event.

/** A lookup table with no prototype, so "constructor" or "toString" in a text finds nothing. */
function dictionary<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export const SPEECH_VERBS = new Set([
  "say", "tell", "claim", "accuse", "report", "warn", "add", "state", "announce", "insist", "stress",
  "emphasize", "emphasise", "reiterate", "confirm", "deny", "allege", "signal", "indicate", "suggest",
  "urge", "threaten", "note", "write", "press", "argue", "explain", "clarify", "elaborate", "describe",
  "condemn", "assert", "admit", "acknowledge", "blame", "hope", "expect", "believe", "declare", "tweet",
  "post", "predict", "estimate", "promise", "vow", "pledge", "caution", "complain", "mention", "respond", "voice",
]);

/** Verbs that introduce reported content with no "that": "officials said the road is closed". */
export const BARE_REPORT_VERBS = new Set(["say", "claim", "warn", "insist", "believe", "expect", "hope", "add", "tell", "allege", "suggest", "argue", "note", "stress", "write"]);

export const TITLE_WORDS = new Set([
  "president", "minister", "secretary", "spokesman", "spokesperson", "spokeswoman", "chancellor", "governor",
  "mayor", "ceo", "chairman", "chairwoman", "chair", "director", "general", "commander", "senator", "ambassador",
  "king", "queen", "prince", "princess", "pope", "leader", "founder", "chief", "judge", "envoy", "adviser",
  "advisor", "deputy", "premier", "reporter", "correspondent", "journalist", "captain", "sheriff", "inspector",
  "commissioner", "superintendent", "prosecutor", "lawmaker", "mp", "congressman", "congresswoman", "official",
  "executive", "manager", "owner", "head", "professor", "dr", "mr", "mrs", "ms", "coach", "analyst",
]);

/** Titles that hang off "of": "Secretary of State", "Minister of Health". */
export const TITLE_OF_HEADS = new Set(["secretary", "minister", "director", "head", "chief", "chairman", "governor", "mayor", "president"]);

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
export const MONTH_ABBR = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

export const CASUALTY_WORDS: Record<string, string> = dictionary({
  injured: "injured", injure: "injured", injury: "injured", injuries: "injured", wounded: "injured", wound: "injured",
  hurt: "injured", dead: "dead", killed: "dead", kill: "dead", die: "dead", died: "dead", death: "dead", deaths: "dead",
  fatality: "dead", fatalities: "dead", missing: "missing", displaced: "displaced", evacuated: "evacuated",
  evacuate: "evacuated", arrested: "arrested", arrest: "arrested", rescued: "rescued", rescue: "rescued",
  hospitalised: "hospitalised", hospitalized: "hospitalised", casualty: "casualties", casualties: "casualties",
  unaccounted: "missing", survived: "rescued", survive: "rescued", survivors: "rescued", survivor: "rescued",
  killing: "dead", critical: "critical", hospital: "hospitalised", hospitals: "hospitalised",
  admitted: "hospitalised", lives: "dead",
});

/** Unit spellings folded to one form so "70 km/h" meets "70 kilometres an hour". */
export const UNIT_FORMS: Record<string, string> = dictionary({
  km: "km", kms: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  mile: "miles", miles: "miles", mph: "mph", kph: "km/h", "km/h": "km/h", metre: "m", metres: "m", meter: "m", meters: "m",
  kg: "kg", kilogram: "kg", kilograms: "kg", tonne: "tonnes", tonnes: "tonnes", ton: "tonnes", tons: "tonnes",
  hr: "hours", hrs: "hours", hour: "hours", hours: "hours", min: "minutes", mins: "minutes", minute: "minutes", minutes: "minutes",
  percent: "%", "per cent": "%", "%": "%", degree: "degrees", degrees: "degrees", year: "years", years: "years", yr: "years",
  day: "days", days: "days", week: "weeks", weeks: "weeks", month: "months", months: "months",
  // kinds counted under one name: "184,000 SUVs" and "184,000 vehicles", "140 homes" and "140 houses"
  car: "vehicles", cars: "vehicles", vehicle: "vehicles", vehicles: "vehicles", suv: "vehicles", suvs: "vehicles",
  home: "homes", homes: "homes", house: "homes", houses: "homes", dwelling: "homes", dwellings: "homes",
});

export const PERSON_NOUNS = new Set([
  "people", "person", "persons", "others", "other", "woman", "women", "man", "men", "civilian", "civilians",
  "resident", "residents", "passenger", "passengers", "crew", "crews", "crew members", "worker", "workers", "individual", "individuals",
  "staff", "employee", "employees", "personnel",
]);

export const STOPWORDS = new Set(
  ("a an the and or but of to in on at for from by with as is are was were be been being has have had do does did " +
    "not no this that these those it its he she they them his her their we our you your i me my who whom which what " +
    "when where why how than then there here so such also would could should may might will can must shall into over " +
    "after before about against between through during without within under up down out off again further once " +
    "all any both each few more most other some own same very just only even still too now while if because until " +
    "since s ’s 's said say says").split(" "),
);
