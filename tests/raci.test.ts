import { describe, expect, it } from "vitest";
import { LEVEL_ORDER, isGap, isOverlap, levelInTeam, strongest, teamDecision } from "@/lib/responsibilities/raci";

describe("the RACI rules", () => {
  it("orders the levels strongest first", () => {
    expect(LEVEL_ORDER).toEqual(["A", "R", "C", "I"]);
    expect(strongest(["I", "C", "R"])).toBe("R");
    expect(strongest([])).toBeUndefined();
  });
  it("calls an area a gap when no one is Responsible or Accountable, whoever else is involved", () => {
    expect(isGap([])).toBe(true);
    expect(isGap(["C", "I", undefined])).toBe(true);
    expect(isGap(["C", "R"])).toBe(false);
    expect(isGap(["A"])).toBe(false);
  });
  it("calls an area an overlap only when two roles are Accountable", () => {
    expect(isOverlap(["A", "R", "R"])).toBe(false);
    expect(isOverlap(["A", "C", "A"])).toBe(true);
  });
  it("lets a team shape's decision move the A: the chosen role answers for it, a page's other A does the work", () => {
    const team = { accountable: { backlog: "product-owner" }, noAccountable: { budget: "The organisation holds it." } };
    const backlog = teamDecision(team, "backlog");
    expect(levelInTeam("R", "product-owner", backlog)).toBe("A");
    expect(levelInTeam("A", "product-manager", backlog)).toBe("R");
    expect(levelInTeam("C", "product-manager", backlog)).toBe("C");
    expect(levelInTeam("A", "sponsor", teamDecision(team, "budget"))).toBe("R");
    expect(levelInTeam("A", "sponsor", teamDecision(team, "delivery"))).toBe("A");
  });
});
