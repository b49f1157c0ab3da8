// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { PageHeader } from "@/components/page-header";
import { RoleCard } from "@/components/role-card";

afterEach(cleanup);

const robots = () => document.head.querySelector('meta[name="robots"]');

describe("the Internal mark", () => {
  it("marks an internal page's heading and asks search engines not to index it", () => {
    render(<PageHeader title="Delivery Lead" summary="Plans releases." internal />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Delivery Lead Internal");
    expect(robots()).toHaveAttribute("content", "noindex");
  });

  it("puts the robots tag in the head of the page the server writes", () => {
    const html = renderToString(
      <html lang="en">
        <body>
          <PageHeader title="Delivery Lead" summary="Plans releases." internal />
        </body>
      </html>,
    );
    expect(html).toMatch(/<head>.*<meta name="robots" content="noindex"\/>.*<\/head>/s);
  });

  it("leaves a public page and card unmarked, and marks an internal role's card", () => {
    render(<PageHeader title="Product Owner" summary="Orders the backlog." />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/^Product Owner$/);
    expect(robots()).toBeNull();
    cleanup();
    render(
      <ul>
        <RoleCard href="/roles/product-owner" title="Product Owner" summary="Orders the backlog." />
        <RoleCard href="/roles/delivery-lead" title="Delivery Lead" summary="Plans releases." internal />
      </ul>,
    );
    const [publicCard, internalCard] = screen.getAllByRole("heading", { level: 3 });
    expect(publicCard).toHaveTextContent(/^Product Owner$/);
    expect(internalCard).toHaveTextContent("Delivery Lead Internal");
  });
});
