import type { Metadata } from "next";
import Link from "next/link";
import { ComparisonTable } from "@/components/comparison-table";
import { pageMetadata } from "@/lib/metadata";
import { getModel, whoDoesWhat } from "@/lib/queries";
import { roleUrl } from "@/lib/site";

export const metadata: Metadata = pageMetadata({
  title: "Who does what in Scrum",
  description: "Every Scrum event and artefact, and what each role does in it: product owner, product manager, scrum master, developers and more.",
  path: "/compare/who-does-what",
});

export default function WhoDoesWhat() {
  const { roles, rows } = whoDoesWhat(getModel());
  const columns = roles.map((r) => r.title);
  const table = (kind: "event" | "artefact", caption: string, labelHeading: string) => (
    <ComparisonTable
      caption={caption}
      labelHeading={labelHeading}
      columns={columns}
      empty="No part described."
      rows={rows.filter((r) => r.kind === kind).map((r) => ({ id: r.activity, label: r.label, cells: r.cells }))}
    />
  );
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Who does what in Scrum</h1>
      <p className="mt-4 max-w-prose text-lg">
        What each role does at each Scrum event and with each artefact, taken from the roles&apos; own pages:{" "}
        {roles.map((r, i) => (
          <span key={r.slug}>
            {i > 0 && ", "}
            <Link href={roleUrl(r.slug)}>{r.title}</Link>
          </span>
        ))}
        .
      </p>
      <h2 className="mt-10 mb-4 text-2xl font-bold tracking-tight">Events</h2>
      {table("event", "What each role does at each Scrum event", "Event")}
      <h2 className="mt-10 mb-4 text-2xl font-bold tracking-tight">Artefacts</h2>
      {table("artefact", "What each role does with each Scrum artefact", "Artefact")}
    </>
  );
}
