import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/compare/go/route.server";

const go = (query: string) => GET(new NextRequest(`http://internal:3000/compare/go?${query}`));

describe("the picker's redirect", () => {
  it("sends two roles to their comparison with a relative address, so a proxy's origin is kept", () => {
    const res = go("a=product-owner&b=scrum-master");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/compare/product-owner-vs-scrum-master");
  });
  it("accepts aliases", () => {
    expect(go("a=PO&b=DM").headers.get("location")).toBe("/compare/product-owner-vs-delivery-manager");
  });
  it("sends the same role twice to that role's page", () => {
    expect(go("a=sponsor&b=sponsor").headers.get("location")).toBe("/roles/sponsor");
  });
  it("sends unknown roles back to the picker", () => {
    expect(go("a=nobody&b=sponsor").headers.get("location")).toBe("/compare#pick");
  });
});
