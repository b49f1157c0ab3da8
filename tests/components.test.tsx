// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AnchorHeading } from "@/components/anchor-heading";
import { ComparisonTable } from "@/components/comparison-table";
import { GrowthPath } from "@/components/growth-path";
import { ItemList } from "@/components/item-list";
import { RoleCard } from "@/components/role-card";
import { WorksWithList } from "@/components/works-with-list";

afterEach(cleanup);

describe("ItemList", () => {
  it("shows each responsibility with a link to its own anchor", () => {
    render(<ItemList anchorLabel="responsibility" items={[{ id: "backlog-management", title: "Backlog management", html: "<p>Orders the backlog.</p>" }]} />);
    const item = screen.getByRole("listitem");
    expect(item).toHaveAttribute("id", "backlog-management");
    expect(within(item).getByText("Orders the backlog.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Link to responsibility: Backlog management" })).toHaveAttribute("href", "#backlog-management");
  });

  it('gives each item a "Question or disagree?" link when the page has a feedback address for it, and none otherwise', () => {
    const items = [{ id: "backlog-management", title: "Backlog management", html: "<p>Orders the backlog.</p>" }];
    const { unmount } = render(<ItemList anchorLabel="responsibility" items={items} feedback={(i) => `https://example.org/issues/new?body=${i.id}`} />);
    const item = screen.getByRole("listitem");
    expect(within(item).getByRole("link", { name: "Question or disagree?" })).toHaveAttribute("href", "https://example.org/issues/new?body=backlog-management");
    unmount();
    render(<ItemList anchorLabel="responsibility" items={items} feedback={() => undefined} />);
    expect(screen.queryByRole("link", { name: "Question or disagree?" })).toBeNull();
  });
});

describe("ComparisonTable", () => {
  it('puts a row\'s "Question or disagree?" link under its label, and none on a row without one', () => {
    render(
      <ComparisonTable
        caption="At a glance"
        labelHeading="Dimension"
        columns={["Product Owner", "Scrum Master"]}
        rows={[
          { id: "focus", label: "Focus", cells: ["The product.", "The team."], feedback: "https://example.org/issues/new?body=focus" },
          { id: "scope", label: "Scope", cells: ["One product.", "One team."] },
        ]}
      />,
    );
    const [focus, scope] = screen.getAllByRole("rowheader");
    expect(within(focus!).getByRole("link", { name: "Question or disagree?" })).toHaveAttribute("href", "https://example.org/issues/new?body=focus");
    expect(within(scope!).queryByRole("link", { name: "Question or disagree?" })).toBeNull();
  });
});

describe("AnchorHeading", () => {
  it("is a heading of the given level with a self-link", () => {
    render(<AnchorHeading id="works-with">Works with</AnchorHeading>);
    const h = screen.getByRole("heading", { level: 2, name: /Works with/ });
    expect(h).toHaveAttribute("id", "works-with");
    expect(within(h).getByRole("link", { name: "Link to this section" })).toHaveAttribute("href", "#works-with");
  });
});

describe("GrowthPath", () => {
  it("lists the levels in order, each with its skills", () => {
    render(
      <GrowthPath
        levels={[
          { id: "level-beginner", level: "Beginner", skills: [{ id: "skill-learn-scrum", title: "Learn Scrum", html: "<p>Learns it.</p>" }] },
          { id: "level-advanced", level: "Advanced", skills: [{ id: "skill-stay-agile", title: "Stay agile", html: "<p>Adapts.</p>" }] },
        ]}
      />,
    );
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent?.replace(/\d|#|Link to this section/g, "").trim())).toEqual([
      "Beginner",
      "Advanced",
    ]);
    expect(screen.getByText("Learn Scrum")).toBeInTheDocument();
  });
});

describe("RoleCard", () => {
  it("links the role title to its page and shows its aliases", () => {
    render(
      <ul>
        <RoleCard href="/roles/product-owner" title="Product Owner" summary="Orders the backlog." aliases={["PO"]} />
      </ul>,
    );
    expect(screen.getByRole("link", { name: "Product Owner" })).toHaveAttribute("href", "/roles/product-owner");
    expect(screen.getByText("Also known as PO")).toBeInTheDocument();
  });
});

describe("WorksWithList", () => {
  it("links each collaborator", () => {
    render(<WorksWithList entries={[{ href: "/roles/scrum-master", title: "Scrum Master", html: "<p>Coaches.</p>" }]} />);
    expect(screen.getByRole("link", { name: "Scrum Master" })).toHaveAttribute("href", "/roles/scrum-master");
    expect(screen.getByText("Coaches.")).toBeInTheDocument();
  });
});
