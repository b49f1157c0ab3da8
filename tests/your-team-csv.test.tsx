// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { YourTeamForm } from "@/components/your-team-form";
import { CoverageTable } from "@/components/your-team-table";
import { yourTeamCsv } from "@/components/islands/lib/your-team-csv";
import { enhanceYourTeam } from "@/components/islands/your-team";
import { teamCsv, whatIfCsv } from "@/lib/site/csv";
import { whatIfCsv as whatIfCsvInBrowser } from "@/components/islands/lib/what-if-csv";
import { WhatIfControls } from "@/components/what-if";
import { WHAT_IF, WHAT_IF_PARAMS } from "@/lib/site/routes";
import { csvFixtureModel } from "./csv-fixtures";

/* "Your team" as a spreadsheet made in the browser, from the page as the build writes it. */

const model = csvFixtureModel();

function renderPage() {
  const families = [{ family: "product-management", label: "Product", roles: model.roles.map((r) => ({ slug: r.slug, title: r.title })) }];
  document.body.innerHTML = renderToStaticMarkup(
    <div className="yt">
      <YourTeamForm families={families} />
      <CoverageTable model={model} />
    </div>,
  );
  const form = document.querySelector<HTMLFormElement>("form#your-team-form")!;
  const tick = (...slugs: string[]) => {
    for (const s of slugs) document.querySelector<HTMLInputElement>(`input[value="${s}"]`)!.click();
  };
  return { form, tick };
}

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

describe("your team as CSV in the browser", () => {
  it.each([[["product-owner", "scrum-master"]], [["sponsor", "product-owner"]], [["sponsor"]], [[]]])("is the file `npm start` writes for %j", (slugs) => {
    renderPage();
    const ticked = new Map(model.roles.filter((r) => slugs.includes(r.slug)).map((r) => [r.slug, r.title]));
    expect(yourTeamCsv(document, ticked)).toBe(teamCsv(model, slugs));
  });

  it("is saved as your-team.csv when the reader asks, for the ticked roles", async () => {
    const { form, tick } = renderPage();
    enhanceYourTeam(form);
    tick("sponsor", "product-owner");
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), "blob:your-team");
    URL.revokeObjectURL = () => {};
    const saved: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this);
    });
    const submitted = vi.fn();
    form.addEventListener("submit", submitted);
    document.getElementById("yt-csv")!.click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.download).toBe("your-team.csv");
    expect(saved[0]!.href).toBe("blob:your-team");
    expect(blobs[0]!.type).toBe("text/csv;charset=utf-8");
    // Blob.text() decodes UTF-8 and drops the byte order mark, so the bytes are compared.
    const bytes = Buffer.from(await blobs[0]!.arrayBuffer());
    expect(bytes.equals(Buffer.from(teamCsv(model, ["sponsor", "product-owner"]), "utf8"))).toBe(true);
    // The form was not sent to a server a static host does not have.
    expect(submitted).not.toHaveBeenCalled();
  });
});

describe("what if, as CSV in the browser", () => {
  function renderWhatIf(input: { ticked: string[]; both?: string; and?: string; left?: string }) {
    const families = [{ family: "product-management", label: "Product", roles: model.roles.map((r) => ({ slug: r.slug, title: r.title })) }];
    const roles = model.roles.map((r) => ({ slug: r.slug, title: r.title }));
    document.body.innerHTML = renderToStaticMarkup(
      <div className="wi">
        <YourTeamForm families={families} action={WHAT_IF}>
          <WhatIfControls roles={roles} />
        </YourTeamForm>
      </div>,
    );
    for (const s of input.ticked) document.querySelector<HTMLInputElement>(`input[value="${s}"]`)!.checked = true;
    for (const key of ["both", "and", "left"] as const)
      document.querySelector<HTMLSelectElement>(`select[name="${WHAT_IF_PARAMS[key]}"]`)!.value = input[key] ?? "";
    const form = document.querySelector<HTMLFormElement>("form")!;
    // The your-team page the island fetches: its table holds every role's letters.
    const table = new DOMParser().parseFromString(renderToStaticMarkup(<CoverageTable model={model} />), "text/html");
    return { form, table };
  }

  it.each([
    { ticked: ["sponsor"], both: "product-owner", and: "scrum-master" },
    { ticked: ["product-owner", "scrum-master"], left: "product-owner" },
    { ticked: ["sponsor", "product-owner"], both: "scrum-master", and: "scrum-master", left: "sponsor" },
  ])("is the file `npm start` writes for %j", (input) => {
    const { form, table } = renderWhatIf(input);
    const csv = whatIfCsvInBrowser(form, table);
    expect(csv).toBe(whatIfCsv(model, input));
    expect(csv.split("\r\n")[0]).toContain("Person");
  });

  it("names the person holding two roles, and who left, on the rows they concern", () => {
    const { form, table } = renderWhatIf({ ticked: ["sponsor"], both: "product-owner", and: "scrum-master", left: "sponsor" });
    const rows = whatIfCsvInBrowser(form, table).split("\r\n").slice(1);
    expect(rows.some((r) => r.includes("Product Owner,Product Owner and Scrum Master,"))).toBe(true);
    // The sponsor left: named where it answered for the area, and no longer a role in the team.
    expect(rows[0]).toMatch(/^Ordering the product backlog,Product Owner,Product Owner and Scrum Master,A,.*,"Sponsor, ""Funder"" \(A\)"$/);
    expect(rows.filter((r) => r.split(",")[1] === '"Sponsor')).toEqual([]);
  });
});
