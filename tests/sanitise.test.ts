import { describe, expect, it } from "vitest";
import { formatError } from "@/lib/content/errors";
import { parseRole } from "@/lib/content/parse-role";
import { roleFile } from "./fixtures";

describe("rendering content", () => {
  const text = roleFile({
    responsibilities: [
      `- **Backlog management**: Orders the backlog. <script>alert("x")</script> <img src=x onerror="alert(1)">`,
      `- **Links**: See [the guide](javascript:alert(1)) and [the Scrum Guide](https://scrumguides.org/) and [a role](/roles/scrum-master).`,
    ].join("\n"),
  }).replace("Maximises the value of the product.", `Maximises value.\n\n<script>document.cookie</script>\n\n<a href="javascript:alert(2)">click</a>`);

  const r = parseRole("content/roles/product-owner.md", "product-owner", text);

  /** The rendered HTML; if the document did not parse there is nothing to check, so every test fails with the reason. */
  const html = (): string => {
    if (!r.ok) throw new Error(`the test document did not parse, so its HTML cannot be checked:\n${r.errors.map(formatError).join("\n")}`);
    return [r.value.purposeHtml, ...r.value.responsibilities.map((x) => x.html)].join("\n");
  };

  it("parses the document", () => expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]));
  it("never outputs a script element, event handler or javascript: URL", () => {
    expect(html()).not.toMatch(/<script/i);
    expect(html()).not.toMatch(/onerror/i);
    expect(html()).not.toMatch(/javascript:/i);
  });
  it("keeps safe links", () => {
    expect(html()).toContain('<a href="https://scrumguides.org/">the Scrum Guide</a>');
    expect(html()).toContain('<a href="/roles/scrum-master">a role</a>');
  });
});
