import { getModel } from "@/lib/model/queries";
import { CSV_TYPE, matrixCsv } from "@/lib/site/csv";
import { absoluteUrl } from "@/lib/site/metadata";

// The responsibility matrix as a spreadsheet, a row per responsibility (lib/site/csv.ts), written once at build time.
export const dynamic = "force-static";

export function GET() {
  return new Response(matrixCsv(getModel(), absoluteUrl), { headers: { "Content-Type": CSV_TYPE } });
}
