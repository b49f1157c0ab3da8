import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { finishExport, notFoundLeak } from "../scripts/finish-export";

function withOut(test: (out: string) => void) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "finish-export-"));
  try {
    fs.writeFileSync(path.join(out, "index.html"), '<!DOCTYPE html><html><head><link rel="stylesheet" href="/s.css"></head><body></body></html>');
    fs.mkdirSync(path.join(out, "roles"));
    test(out);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

describe("the post-build step", () => {
  it("writes a page for each alias address that refreshes to the role, and lists it in _redirects", () =>
    withOut((out) => {
      const report = finishExport(out);
      const page = fs.readFileSync(path.join(out, "roles", "po.html"), "utf8");
      expect(page).toContain('<meta http-equiv="refresh" content="0; url=/roles/product-owner">');
      expect(page).toContain('<link rel="stylesheet" href="/s.css">');
      const redirects = fs.readFileSync(path.join(out, "_redirects"), "utf8").split("\n");
      expect(redirects).toContain("/roles/po /roles/product-owner 308");
      expect(redirects).toContain("/roles/director-of-product /roles/head-of-product 308");
      expect(report.redirects).toBe(redirects.filter(Boolean).length);
    }));

  it("refuses an alias address that is also a page", () =>
    withOut((out) => {
      fs.writeFileSync(path.join(out, "roles", "po.html"), "<!DOCTYPE html><title>A page</title>");
      expect(() => finishExport(out)).toThrow("finish-export: /roles/po is a page and a redirect to /roles/product-owner");
    }));

  it("stops a build whose pages carry the 404 page's list of every role in their RSC payload", () => {
    expect(notFoundLeak('["$","a",null,{"href":"/roles/sponsor","data-role-link":"","children":"Sponsor"}]')).toMatch(/global-not-found/);
    expect(notFoundLeak('["$","a",null,{"href":"/roles/sponsor","children":"Sponsor"}]')).toBeUndefined();
  });

  it("names the payload that leaks", () =>
    withOut((out) => {
      fs.writeFileSync(path.join(out, "roles", "sponsor.txt"), '0:["$","a",null,{"data-role-link":""}]');
      expect(() => finishExport(out)).toThrow(`finish-export: the RSC payload ${path.join("roles", "sponsor.txt")} carries the 404 page's list of every role`);
    }));
});
