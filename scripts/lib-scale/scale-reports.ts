// Invented reports for the scale test: each story is a fictional event, and each of its reports
// words a few of the event's facts its own way, with figures that sometimes disagree.
const PLACES = ["Arlow", "Brenmoor", "Carrick Sands", "Dunhelm", "Elsworth", "Farrowby", "Glenmere", "Hollowmere", "Ivybridge Vale", "Kestrel Point"];
const EVENTS = [
  "a warehouse fire",
  "a bridge collapse",
  "a ferry grounding",
  "a chemical spill",
  "a stadium crush",
  "a flash flood",
  "a gas explosion",
  "a rail derailment",
];
const OUTLETS = ["Courier", "Gazette", "Herald", "Post", "Chronicle", "Observer", "Record", "Star", "Echo", "Mail"];
const SPEAKERS = ["fire chief Dana Holt", "mayor Priya Okafor", "police inspector Tom Reyes", "council spokesperson Mara Lind", "paramedic lead Sam Whit"];

export type ScaleReport = { text: string; fileName: string; outletName: string };

export function storyTitle(index: number, run: string): string {
  return `Scale ${run} ${index}: ${EVENTS[index % EVENTS.length]} in ${PLACES[index % PLACES.length]}`;
}

/** The `n`th report of story `story`: different words every time, so no two are the same text. */
export function makeReport(story: number, n: number): ScaleReport {
  const place = PLACES[story % PLACES.length]!;
  const event = EVENTS[story % EVENTS.length]!;
  const speaker = SPEAKERS[(story + n) % SPEAKERS.length]!;
  const injured = 10 + ((story * 7 + (n % 3)) % 20);
  const dead = (story % 4) + (n % 5 === 0 ? 1 : 0);
  const hour = 5 + ((story + n) % 12);
  const outlet = `${place} ${OUTLETS[n % OUTLETS.length]}`;
  const lines = [
    `${event[0]!.toUpperCase()}${event.slice(1)} in ${place} (${outlet}, update ${n})`,
    `${injured} people were injured in ${event} in ${place} on Tuesday, ${speaker} said.`,
    `${dead === 0 ? "No one" : dead} ${dead === 1 ? "person was" : "people were"} killed, according to the ${place} council.`,
    `"We were called at ${hour} o'clock and crews arrived within ${8 + (n % 9)} minutes," ${speaker} told the ${outlet}.`,
    `Residents of ${10 + (n % 30)} homes near the site were asked to stay indoors until Wednesday.`,
    `An inquiry into the cause will open next month, the regional authority said in statement number ${n + 1}.`,
  ];
  return { text: lines.join("\n\n"), fileName: `s${story}-r${n}.txt`, outletName: outlet };
}
