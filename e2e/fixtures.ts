import { randomUUID } from "node:crypto";

// Three short reports of an invented event, written for these tests.
export const uniqueTitle = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

export const courierReport = (tag: string) => ({
  name: `courier-${tag}.txt`,
  mimeType: "text/plain",
  buffer: Buffer.from(`Landslide blocks the Hollin valley road

A landslide closed the Hollin valley road on Thursday after two days of heavy rain, county engineers said.
At least 14 cars were trapped between the slips and their drivers were led out on foot. [${tag}]

Source: Hollin Courier
date 2026-09-17`),
});

export const wireReport = (tag: string) => ({
  name: `wire-${tag}.md`,
  mimeType: "text/markdown",
  buffer: Buffer.from(`# Rain brings down hillside onto valley road

HOLLIN, Sept 17 (Northgate Wire) - Around 14 vehicles were stuck on the valley road when part of the hillside
gave way on Thursday, according to the county council. No one was hurt, a council spokesman told Northgate Wire. [${tag}]`),
});

export const pageReport = (tag: string) => ({
  name: `ridge-${tag}.html`,
  mimeType: "text/html",
  buffer: Buffer.from(`<!doctype html><html><head><title>Valley road shut by landslide</title>
<meta property="og:site_name" content="Ridge Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/login">Sign in</a></nav>
<article><h1>Valley road shut by landslide</h1>
<p>The Hollin valley road will stay closed for at least a week while crews clear the slip, the county council said on Friday.</p>
<p>Engineers counted 14 cars caught on the stretch when the hillside moved, and said nobody was injured. Residents of the upper valley face a forty-minute detour. [${tag}]</p>
</article><footer>Subscribe to our newsletter</footer><script>document.title = "x"</script></body></html>`),
});
