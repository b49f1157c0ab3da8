import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { finishExport, notFoundLeak } from "../scripts/finish-export";

describe("the post-build step", () => {
  it("stops a build whose pages carry the 404 page's list of every role in their RSC payload", () => {
    expect(notFoundLeak('["$","a",null,{"href":"/roles/sponsor","data-role-link":"","children":"Sponsor"}]')).toMatch(/global-not-found/);
    expect(notFoundLeak('["$","a",null,{"href":"/roles/sponsor","children":"Sponsor"}]')).toBeUndefined();
  });

  it("names the payload that leaks", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "finish-export-"));
    try {
      fs.writeFileSync(path.join(out, "index.html"), '<!DOCTYPE html><html><head><link rel="stylesheet" href="/s.css"></head><body></body></html>');
      fs.mkdirSync(path.join(out, "roles"));
      fs.writeFileSync(path.join(out, "roles", "sponsor.txt"), '0:["$","a",null,{"data-role-link":""}]');
      expect(() => finishExport(out)).toThrow(`finish-export: the RSC payload ${path.join("roles", "sponsor.txt")} carries the 404 page's list of every role`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
