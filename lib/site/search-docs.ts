import type { Area, Pairing, Role } from "../content/schema";
import { WHO_DOES_WHAT_PAGE, whoDoesWhat } from "../model/compare";
import type { ContentModel } from "../model/types";
import { areaOverview } from "../responsibilities/map";
import { RULING_LABELS } from "../responsibilities/raci";
import { buildsEveryPair } from "./built-pages";
import { COMPARE, WHAT_IF, WHO_DOES_WHAT_IN_SCRUM, areaUrl, compareUrl, ladderUrl, pairingSlug, roleItemUrl, roleUrl, teamUrl, whatIfUrl } from "./routes";
import { type SearchDoc, type SearchIndex, type SearchKind, buildIndex, nameKeys, pairingPage } from "./search";

/*
 * What search finds, made at build time from the model: every role and responsibility, every
 * area of work with its ruling, team shape, curated comparison, ladder, pairing (one person holding
 * two roles, on the "what if" page with both chosen), and the Scrum matrix.
 * Kept apart from lib/site/search.ts, which the browser loads, so the model stays out of it.
 */

const strip = (html = "") =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

interface Page extends Pick<SearchDoc, "id" | "kind" | "title" | "about" | "lead" | "url"> {
  names?: readonly string[];
  summary?: string;
  text?: string;
}

const doc = (p: Page): SearchDoc => ({
  ...p,
  names: (p.names ?? []).join(" "),
  summary: p.summary ?? p.lead,
  text: p.text ?? "",
  keys: nameKeys([p.title, ...(p.names ?? [])]),
});

const roleDocs = (r: Role): SearchDoc[] => [
  doc({ id: `role:${r.slug}`, kind: "role", title: r.title, names: r.aliases, about: "Role", lead: r.summary, url: roleUrl(r.slug) }),
  ...r.responsibilities.map((item) => {
    const text = strip(item.html);
    return doc({
      id: `responsibility:${r.slug}#${item.id}`,
      kind: "responsibility",
      title: item.title,
      about: `Responsibility of the ${r.title}`,
      lead: "",
      summary: clip(text),
      text,
      url: roleItemUrl(r.slug, item.id),
    });
  }),
];

/** The area's ruling in one line, the answer to "who owns it?": who answers for it in each team shape. */
function ruling(model: ContentModel, area: Area): string | undefined {
  const { teams } = areaOverview(model, area);
  if (!teams.length) return undefined;
  const teamsBy = new Map<string, string[]>();
  for (const t of teams) {
    const who = t.accountable.length
      ? t.accountable.map((r) => r.title).join(" and ")
      : t.ruling && t.ruling.kind !== "accountable"
        ? RULING_LABELS[t.ruling.kind].toLowerCase()
        : "no one";
    teamsBy.set(who, [...(teamsBy.get(who) ?? []), t.team.title]);
  }
  return `Who answers for it: ${[...teamsBy].map(([who, shapes]) => `${who} (${shapes.join(", ")})`).join("; ")}.`;
}

/** A pairing: "what if" with one person holding both roles, and what the sources say about it. */
function pairingDoc(p: Pairing, title: (slug: string) => string): SearchDoc {
  const [a, b] = p.roles;
  const page = pairingPage(title(a), title(b));
  const said = p.quotes.map((q) => `“${q.quote}”`).join(" ");
  return doc({
    id: `pairing:${pairingSlug(a, b)}`,
    kind: "pairing",
    title: page.title,
    about: page.about,
    lead: said,
    summary: clip(`${p.warns ? "The sources warn about this combination" : "No warning in the sources we cite"}: ${said}`),
    text: strip(p.aboutHtml),
    url: whatIfUrl([a, b], { both: a, and: b }),
  });
}

/** A page for each document of one kind, its id the kind and the document's slug. */
const docsOf = <T extends { slug: string; title: string }>(
  items: readonly T[],
  kind: SearchKind,
  about: string,
  page: (item: T) => Omit<Page, "id" | "kind" | "title" | "about">,
) => items.map((item) => doc({ id: `${kind}:${item.slug}`, kind, title: item.title, about, ...page(item) }));

function pageDocs(model: ContentModel): SearchDoc[] {
  const title = (slug: string) => model.roles.find((r) => r.slug === slug)?.title ?? slug;
  const scrum = whoDoesWhat(model);
  return [
    ...docsOf(model.areas, "area", "Area of work", (a) => ({
      names: [a.label, ...a.alsoKnownAs],
      lead: a.definition,
      summary: ruling(model, a),
      text: strip(a.aboutHtml),
      url: areaUrl(a.slug),
    })),
    ...docsOf(model.teams, "team", "Team shape", (t) => ({
      names: t.alsoKnownAs,
      lead: t.summary,
      text: `${t.roles.map(title).join(", ")}. ${strip(t.aboutHtml)}`,
      url: teamUrl(t.slug),
    })),
    ...docsOf(model.comparisons, "comparison", "Comparison", (c) => ({
      lead: c.summary,
      text: c.sections.flatMap((s) => [s.heading, ...s.rows.map((r) => r.label)]).join(". "),
      url: compareUrl(...c.roles),
    })),
    ...(scrum.rows.length
      ? [
          doc({
            id: "scrum",
            kind: "scrum",
            title: WHO_DOES_WHAT_PAGE.title,
            about: "Comparison of every role in Scrum",
            lead: WHO_DOES_WHAT_PAGE.description,
            text: [...scrum.rows.map((r) => r.label), ...scrum.roles.map((r) => r.title)].join(", "),
            url: WHO_DOES_WHAT_IN_SCRUM,
          }),
        ]
      : []),
    ...model.pairings.map((p) => pairingDoc(p, title)),
    ...docsOf(model.ladders, "ladder", "Career ladder", (l) => ({ lead: l.summary, text: l.rungs.map(title).join(", "), url: ladderUrl(l.slug) })),
  ];
}

export function searchDocs(model: ContentModel): SearchDoc[] {
  return [...pageDocs(model), ...model.roles.flatMap(roleDocs)];
}

/** The index /search-index.json holds. */
export const siteSearchIndex = (model: ContentModel): SearchIndex =>
  buildIndex(searchDocs(model), { everyPairAt: buildsEveryPair(model) ? COMPARE : undefined, whatIfAt: WHAT_IF });
