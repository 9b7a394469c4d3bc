import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-event";

describe("describeChange", () => {
  it("names each changed field with its value before and after", () => {
    expect(
      describeChange({ status: "disputed", note: "12 or 17?", evidence: [] }, { status: "false", note: "12 or 17?", evidence: ["https://a.example"] }),
    ).toEqual(["status: Disputed → False", "evidence: none → https://a.example"]);
  });

  it("shows a creation as the new values and a removal as the old ones", () => {
    expect(describeChange(null, { status: "verified", note: null })).toEqual(["status: Verified"]);
    expect(describeChange({ title: "Ferry sinks" }, null)).toEqual(["title was “Ferry sinks”"]);
  });
});
