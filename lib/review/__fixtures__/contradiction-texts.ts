// Two independent reports of an invented ferry sinking that disagree on the death toll, shared
// by the review database tests and the end-to-end tests.
export const GAZETTE_REPORT = `Ferry sinks off Corra Bay

Twelve people died when the ferry Island Star sank off Corra Bay on Monday, the coastguard said.
The ferry was carrying 140 passengers.`;

export const COURIER_REPORT = `Island Star disaster

At least 17 people died when the Island Star went down off Corra Bay on Monday, police said.
The ferry was carrying 210 passengers.`;
