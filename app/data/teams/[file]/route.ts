import { getModel } from "@/lib/model/queries";
import { pageParams } from "@/lib/site/built-pages";
import { CSV_TYPE, teamCsv } from "@/lib/site/csv";
import { teamCsvFile } from "@/lib/site/routes";

/*
 * Each team shape as a spreadsheet, /data/teams/<slug>.csv: a row per role in each area, with the
 * team's decisions applied (lib/site/csv.ts). "Your team" (yours.csv) is not a file: `npm start`
 * answers it for the ticked roles, and on a static host the page's island makes it.
 */
export const dynamic = "force-static";
// Only the files the build writes: a static host has no others.
export const dynamicParams = false;

export const generateStaticParams = () => pageParams.teamCsv(getModel());

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const model = getModel();
  const team = model.teams.find((t) => teamCsvFile(t.slug) === file);
  if (!team) return new Response("No such team shape.", { status: 404 });
  return new Response(teamCsv(model, team.roles, team), { headers: { "Content-Type": CSV_TYPE } });
}
