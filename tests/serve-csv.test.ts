import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamCsv } from "@/lib/site/csv";
import { csvFixtureModel } from "./csv-fixtures";
import { serveSite } from "./site-server";

/* "Your team" as a spreadsheet from `npm start`, which the page's "Download as CSV" asks for without JavaScript. */

const model = csvFixtureModel();
let site: Awaited<ReturnType<typeof serveSite>>;
let base: string;

beforeAll(async () => {
  site = await serveSite("serve-csv", {
    "index.html": "<!DOCTYPE html><title>Home</title>",
    "404.html": "<!DOCTYPE html><title>Page not found</title>",
    // The open data file as app/data/roles.json writes it: the server reads the roles and areas from it.
    "data/roles.json": JSON.stringify({ roles: model.roles, areas: model.areas.map(({ file: _file, ...a }) => a), teams: [] }),
  });
  base = site.base;
});

afterAll(() => site.close());

describe("your team's CSV from the server", () => {
  it("is the team of the ticked roles, as a CSV download with a byte order mark", async () => {
    const res = await fetch(`${base}/data/teams/yours.csv?role=sponsor&role=product-owner`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="your-team.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(Buffer.from(teamCsv(model, ["sponsor", "product-owner"]), "utf8"))).toBe(true);
    const rows = parse(bytes, { bom: true }) as string[][];
    expect(rows.filter((r) => r[0] === "Ordering the product backlog").map((r) => [r[1], r[4]])).toEqual([
      ["Product Owner", "overlap"],
      ['Sponsor, "Funder"', "overlap"],
    ]);
  });

  it("finds roles by name or alias as the page does, and leaves out names it does not know", async () => {
    const res = await fetch(`${base}/data/teams/yours.csv?role=PO&role=Scrum%20Master&role=nobody`);
    expect(await res.text()).toBe(teamCsv(model, ["product-owner", "scrum-master"]).replace(/^\uFEFF/, ""));
  });

  it("is an empty team when no role is ticked: every area a gap", async () => {
    const rows = parse(Buffer.from(await (await fetch(`${base}/data/teams/yours.csv`)).arrayBuffer()), { bom: true }) as string[][];
    expect(rows.slice(1).map((r) => r[4])).toEqual(model.areas.map(() => "gap"));
  });
});
