// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { keepBoxesInAddress } from "@/components/islands/lib/boxes-in-address";

afterEach(() => {
  document.body.innerHTML = "";
});

function setUp(search: string) {
  document.body.innerHTML = `<form id="your-team-form" action="/teams/yours">
    <input type="checkbox" name="role" value="product-owner" id="yt-product-owner"><label for="yt-product-owner">Product Owner</label>
    <input type="checkbox" name="role" value="scrum-master" id="yt-scrum-master"><label for="yt-scrum-master">Scrum Master</label>
    <button type="submit" id="yt-submit">Make a link to this team</button>
    <a id="yt-share" href="/teams/yours">Link to this team</a>
  </form>`;
  const urls: string[] = [];
  const history: Pick<History, "replaceState"> = {
    replaceState: (_s, _t, url) => {
      urls.push(String(url));
    },
  };
  const win = { location: { search } as Location, history: history as History };
  const form = document.querySelector("form")!;
  keepBoxesInAddress(form, "role", form.querySelector("a"), win);
  return { form, urls, box: (id: string) => document.getElementById(id) as HTMLInputElement };
}

describe("the your-team island", () => {
  it("hides the no-JavaScript button, since the address already follows the boxes", () => {
    setUp("");
    expect(document.getElementById("yt-submit")!.hidden).toBe(true);
  });

  it("ticks the roles a shared link names", () => {
    const { box } = setUp("?role=scrum-master");
    expect(box("yt-scrum-master").checked).toBe(true);
    expect(box("yt-product-owner").checked).toBe(false);
  });

  it("puts the ticked roles in the address and the share link as they change", () => {
    const { form, urls, box } = setUp("");
    box("yt-product-owner").click();
    box("yt-scrum-master").click();
    expect(urls.at(-1)).toBe("/teams/yours?role=product-owner&role=scrum-master");
    expect(form.querySelector("a")!.getAttribute("href")).toBe("/teams/yours?role=product-owner&role=scrum-master");
    box("yt-product-owner").click();
    box("yt-scrum-master").click();
    expect(urls.at(-1)).toBe("/teams/yours");
  });
});
