// @vitest-environment jsdom
import { getByRole, queryByRole, waitFor } from "@testing-library/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { enhanceComparePicker } from "@/components/islands/compare-picker";
import { showSuggestions } from "@/components/islands/not-found-suggestions";
import { enhanceSearchBox } from "@/components/islands/lib/search-box-ui";
import { searchResultsHtml } from "@/components/islands/lib/search-results-html";
import { showSearchResults } from "@/components/islands/search-results";
import type { SearchHit } from "@/lib/site/search";

afterEach(() => {
  document.body.innerHTML = "";
});

const hits: SearchHit[] = [
  {
    id: "role:delivery-manager",
    kind: "role",
    title: "Delivery Manager",
    summary: "Removes blockers.",
    url: "/roles/delivery-manager",
    about: "Role",
  },
  {
    id: "r:x",
    kind: "responsibility",
    title: "Risk management",
    summary: "Tracks risks.",
    url: "/roles/delivery-manager#risk-management",
    about: "Responsibility of the Delivery Manager",
  },
];

describe("the search box island", () => {
  function setUp() {
    document.body.innerHTML = `<form data-search-box action="/search"><label for="site-search">Search roles and responsibilities</label><input id="site-search" name="q" type="text"></form>`;
    const go = vi.fn();
    const form = document.querySelector("form")!;
    // The real engine is imported on first use; here a stub answers from the hits above.
    enhanceSearchBox(form, go, async (q) => (q.trim() ? hits : []));
    const input = getByRole(document.body, "combobox", { name: "Search roles and responsibilities" });
    return { form, go, input: input as HTMLInputElement };
  }
  const key = (el: HTMLElement, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
  const type = (input: HTMLInputElement, text: string) => {
    input.value = text;
    input.dispatchEvent(new Event("input"));
  };

  it("makes the text input a collapsed combobox that controls a hidden listbox", () => {
    const { input } = setUp();
    expect(input.type).toBe("text");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).toHaveAttribute("aria-autocomplete", "list");
    const list = document.getElementById(input.getAttribute("aria-controls")!)!;
    expect(list).toHaveAttribute("role", "listbox");
    expect(list.hidden).toBe(true);
  });

  it("shows results as you type, moves with the arrows and opens the chosen one with Enter", async () => {
    const { input, go } = setUp();
    type(input, "DM");
    await waitFor(() => expect(input).toHaveAttribute("aria-expanded", "true"));
    const options = document.querySelectorAll("[role=option]");
    expect([...options].map((o) => o.textContent)).toEqual(["Delivery ManagerRole", "Risk managementResponsibility of the Delivery Manager"]);
    key(input, "ArrowDown");
    key(input, "ArrowDown");
    expect(options[1]).toHaveAttribute("aria-selected", "true");
    expect(input).toHaveAttribute("aria-activedescendant", options[1]!.id);
    key(input, "ArrowUp");
    expect(options[0]).toHaveAttribute("aria-selected", "true");
    expect(key(input, "Enter")).toBe(false);
    expect(go).toHaveBeenCalledWith("/roles/delivery-manager");
  });

  it("lets Enter submit the form when no suggestion is chosen, and Escape closes then clears", async () => {
    const { input } = setUp();
    type(input, "GPM");
    await waitFor(() => expect(input).toHaveAttribute("aria-expanded", "true"));
    key(input, "Escape");
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(key(input, "Enter")).toBe(true);
    key(input, "Escape");
    expect(input.value).toBe("");
  });

  it("ignores results that arrive after a newer query", async () => {
    const { input } = setUp();
    type(input, "D");
    type(input, "");
    await new Promise((r) => setTimeout(r, 0));
    expect(input).toHaveAttribute("aria-expanded", "false");
  });
});

describe("the compare picker island", () => {
  function setUp(a: string, b: string) {
    document.body.innerHTML = `<form data-compare-picker action="/compare/go">
      <select name="a"><option value="${a}" selected>A</option></select>
      <select name="b"><option value="${b}" selected>B</option></select>
      <button type="submit">Compare</button><p data-pick-error role="alert"></p></form>`;
    const go = vi.fn();
    const form = document.querySelector("form")!;
    enhanceComparePicker(form, go);
    return { form, go };
  }
  it("goes straight to the pair's page", () => {
    const { form, go } = setUp("scrum-master", "delivery-manager");
    form.requestSubmit();
    expect(go).toHaveBeenCalledWith("/compare/scrum-master-vs-delivery-manager");
  });
  it("refuses the same role twice, and clears the message on change", () => {
    const { form, go } = setUp("sponsor", "sponsor");
    form.requestSubmit();
    expect(go).not.toHaveBeenCalled();
    expect(getByRole(document.body, "alert")).toHaveTextContent("Choose two different roles.");
    form.dispatchEvent(new Event("change"));
    expect(getByRole(document.body, "alert")).toHaveTextContent("");
  });
});

describe("the 404 suggestions island", () => {
  function setUp() {
    document.body.innerHTML = `<div id="slot"></div><ul>
      <li><a data-role-link href="/roles/product-owner" data-aliases="PO">Product Owner</a></li>
      <li><a data-role-link href="/roles/scrum-master" data-aliases="SM">Scrum Master</a></li></ul>`;
    return document.getElementById("slot")!;
  }
  it("suggests the role closest to the missing address, from the page's own links", () => {
    const slot = setUp();
    showSuggestions(slot, "/roles/product-ownr");
    expect(getByRole(slot, "heading", { name: "Did you mean" })).toBeInTheDocument();
    expect(getByRole(slot, "link", { name: "Product Owner" })).toHaveAttribute("href", "/roles/product-owner");
    expect(slot).toHaveTextContent("(PO)");
    expect(queryByRole(slot, "link", { name: "Scrum Master" })).toBeNull();
  });
  it("shows nothing when nothing is close, or the address cannot be decoded", () => {
    const slot = setUp();
    showSuggestions(slot, "/roles/zzzzzz");
    showSuggestions(slot, "/roles/%E0%A4%A");
    expect(slot).toBeEmptyDOMElement();
  });
});

describe("the search results island", () => {
  it("writes the results for ?q= and the query into the form", async () => {
    document.body.innerHTML = `<input id="search-page-q"><div id="search-results"><p>hint</p></div>`;
    const container = document.getElementById("search-results")!;
    await showSearchResults(container, "DM", async () => hits);
    expect(container.innerHTML).toBe(searchResultsHtml("DM", hits));
    expect(getByRole(container, "heading", { name: "2 results for “DM”" })).toBeInTheDocument();
    expect(document.querySelector<HTMLInputElement>("#search-page-q")!.value).toBe("DM");
  });
  it("leaves results the server already wrote for the same query", async () => {
    document.body.innerHTML = `<div id="search-results" data-query="DM"><p>from the server</p></div>`;
    const search = vi.fn(async () => hits);
    await showSearchResults(document.getElementById("search-results")!, "DM", search);
    expect(search).not.toHaveBeenCalled();
  });
  it("escapes what it writes", () => {
    expect(searchResultsHtml("<b>", [{ ...hits[0]!, title: "<img src=x>" }])).not.toMatch(/<img|<b>/);
  });
});
