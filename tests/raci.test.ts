import { describe, expect, it } from "vitest";
import { LEVEL_ORDER, type TeamRuling, isGap, isOverlap, letterIn, letterProblem, levelsByArea, strongest } from "@/lib/responsibilities/raci";

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
  it("reads a letter's level in a team shape: the one given for that shape, else the role's own", () => {
    const letter = { level: "A" as const, inTeams: { "scrum-team": "C" as const, "agency-team": "I" as const } };
    expect(letterIn(letter)).toBe("A");
    expect(letterIn(letter, "scrum-team")).toBe("C");
    expect(letterIn(letter, "agency-team")).toBe("I");
    expect(letterIn(letter, "service-team")).toBe("A");
  });

  it("gives a role's strongest level in each area, in a team shape if one is named", () => {
    const items = [
      { area: "backlog", level: "A" as const, inTeams: { "scrum-team": "C" as const } },
      { area: "backlog", level: "R" as const, inTeams: {} },
      { area: "budget", level: "I" as const, inTeams: { "scrum-team": "A" as const } },
    ];
    expect(Object.fromEntries(levelsByArea(items))).toEqual({ backlog: "A", budget: "I" });
    // In the scrum team the first item gives C, so the second item's R is the strongest.
    expect(Object.fromEntries(levelsByArea(items, "scrum-team"))).toEqual({ backlog: "R", budget: "A" });
    expect(Object.fromEntries(levelsByArea(items, "other-team"))).toEqual({ backlog: "A", budget: "I" });
  });

  it("checks a role's letter against a team shape's ruling: one A for the accountable role, none under any other ruling, no R in a gap", () => {
    const owner: TeamRuling = { kind: "accountable", role: "product-owner" };
    expect(letterProblem(owner, "product-owner", "A")).toBeUndefined();
    expect(letterProblem(owner, "product-owner", "R")).toBe("has R there, not A");
    expect(letterProblem(owner, "product-owner", undefined)).toBe("has no letter there, not A");
    expect(letterProblem(owner, "product-manager", "A")).toBe("is also A there");
    expect(letterProblem(owner, "product-manager", "R")).toBeUndefined();
    for (const kind of ["whole-team", "outside", "gap"] as const) {
      const ruling: TeamRuling = { kind, reason: "No one role answers for it here." };
      expect(letterProblem(ruling, "product-manager", "A")).toBe("is A there, though no one role answers for it");
      expect(letterProblem(ruling, "product-manager", "C")).toBeUndefined();
      expect(letterProblem(ruling, "product-manager", undefined)).toBeUndefined();
    }
    expect(letterProblem({ kind: "whole-team", reason: "Together." }, "product-manager", "R")).toBeUndefined();
    expect(letterProblem({ kind: "outside", reason: "Elsewhere." }, "product-manager", "R")).toBeUndefined();
    expect(letterProblem({ kind: "gap", reason: "No one." }, "product-manager", "R")).toBe("is R there, though a gap means no one does the work");
  });
});
