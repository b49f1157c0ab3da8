// @vitest-environment jsdom
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { YourTeamForm } from "@/components/your-team-form";
import { CoverageTable } from "@/components/your-team-table";
import { yourTeamCsv } from "@/components/islands/lib/your-team-csv";
import { enhanceYourTeam } from "@/components/islands/your-team";
import { teamCsv } from "@/lib/site/csv";
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
