import type { List, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { type ContentError, type Result, didYouMean, fromZodIssues } from "./errors";
import { type BoldItem, type Section, isBlank, lineOfNode, readBoldItems, renderHtml, slugify, splitDocument } from "./markdown";
import {
  type GrowthLevel,
  type Item,
  type ParsedRole,
  SCRUM_ACTIVITIES,
  type ScrumActivity,
  type ScrumPart,
  roleFrontMatterSchema,
  scrumActivitySchema,
  sourceSchema,
  dimensionsSchema,
} from "./schema";

/** The body sections of a role file, in the order the page shows them. */
export const ROLE_SECTIONS = {
  purpose: { heading: "What the role is for", required: true },
  responsibilities: { heading: "Responsibilities", required: true },
  growth: { heading: "Growth path", required: false },
  scrum: { heading: "Scrum events and artefacts", required: false },
  worksWith: { heading: "Works with", required: true },
  why: { heading: "Why the role matters", required: true },
  notes: { heading: "Notes", required: false },
} as const;
export type RoleSectionKey = keyof typeof ROLE_SECTIONS;

/** Anchor ids the role page uses for its sections; item ids must not clash with them. */
export const ROLE_SECTION_IDS: Record<RoleSectionKey, string> = {
  purpose: "what-the-role-is-for",
  responsibilities: "responsibilities",
  growth: "growth-path",
  scrum: "scrum-events-and-artefacts",
  worksWith: "works-with",
  why: "why-the-role-matters",
  notes: "notes",
};
const RESERVED_IDS = new Set([...Object.values(ROLE_SECTION_IDS), "contents", "main", "sources", "related", "compare", "ladder", "top"]);

const HEADINGS = Object.values(ROLE_SECTIONS).map((s) => s.heading);

function frontMatterKeys(path: readonly PropertyKey[]): readonly string[] {
  if (path[0] === "dimensions") return Object.keys(dimensionsSchema.shape);
  if (path[0] === "sources") return Object.keys(sourceSchema.shape);
  return Object.keys(roleFrontMatterSchema.shape);
}

/** Parses one role file. Pure: text in, a role (with unresolved "Works with" names) or every problem found out. */
export function parseRole(file: string, slug: string, source: string): Result<ParsedRole> {
  const split = splitDocument(file, source);
  if (!split.ok) return split;
  const { doc } = split;
  const errors: ContentError[] = [];
  const err = (line: number | undefined, where: string | undefined, message: string) => errors.push({ file, line, where, message });

  const fm = roleFrontMatterSchema.safeParse(doc.data);
  if (!fm.success) errors.push(...fromZodIssues(file, fm.error.issues, doc.data, frontMatterKeys, doc.lineOf));

  if (!isBlank(doc.preamble)) {
    err(lineOfNode(doc.preamble[0]!, doc.bodyOffset), undefined, `text before the first section. Put it under "## ${ROLE_SECTIONS.purpose.heading}".`);
  }

  const found = new Map<RoleSectionKey, Section>();
  for (const section of doc.sections) {
    const key = (Object.keys(ROLE_SECTIONS) as RoleSectionKey[]).find((k) => ROLE_SECTIONS[k].heading.toLowerCase() === section.heading.toLowerCase());
    if (!key) {
      err(
        section.line,
        `## ${section.heading}`,
        `is not a section of a role${didYouMean(section.heading, HEADINGS)}. Use these headings: ${HEADINGS.join("; ")}.`,
      );
      continue;
    }
    if (found.has(key)) {
      err(section.line, `## ${section.heading}`, `appears twice. Merge the two into one section.`);
      continue;
    }
    if (isBlank(section.nodes)) {
      err(
        section.line,
        `## ${section.heading}`,
        `is empty. Write its content, or remove the heading${ROLE_SECTIONS[key].required ? " (but this section is required)" : ""}.`,
      );
    }
    found.set(key, section);
  }
  for (const key of Object.keys(ROLE_SECTIONS) as RoleSectionKey[]) {
    const s = ROLE_SECTIONS[key];
    if (s.required && !found.has(key)) err(undefined, `## ${s.heading}`, `is missing. Add a "## ${s.heading}" section.`);
  }

  const ids = new Set<string>(RESERVED_IDS);
  const claimId = (title: string, line: number | undefined, where: string, prefix = ""): string => {
    const base = prefix + slugify(title);
    if (!base) {
      err(line, where, `"${title}" has no letters or digits to make a link anchor from. Use words in the bold title.`);
      return "item";
    }
    if (ids.has(base)) err(line, where, `"${title}" gives the anchor #${base}, which is already used on this page. Give it a different title.`);
    ids.add(base);
    return base;
  };

  const listOf = (key: RoleSectionKey): BoldItem[] => {
    const section = found.get(key);
    if (!section) return [];
    const where = `## ${section.heading}`;
    const lists = section.nodes.filter((n): n is List => n.type === "list");
    const other = section.nodes.filter((n) => n.type !== "list");
    if (lists.length !== 1 || other.length) {
      err(section.line, where, `must be one bulleted list, each item written as "- **Short title**: description", with nothing else in the section.`);
    }
    const items: BoldItem[] = [];
    for (const list of lists) {
      const read = readBoldItems(list, doc.bodyOffset);
      for (const p of read.problems) err(p.line, where, p.message);
      items.push(...read.items);
    }
    return items;
  };

  const responsibilities: Item[] = listOf("responsibilities").map((it) => ({
    id: claimId(it.title, it.line, "## Responsibilities"),
    title: it.title,
    html: it.html,
  }));

  const growth: GrowthLevel[] = [];
  const growthSection = found.get("growth");
  if (growthSection) {
    let current: { level: string; line?: number; nodes: RootContent[] } | undefined;
    const groups: { level: string; line?: number; nodes: RootContent[] }[] = [];
    for (const node of growthSection.nodes) {
      if (node.type === "heading" && node.depth === 3) {
        current = { level: toString(node).trim(), line: lineOfNode(node, doc.bodyOffset), nodes: [] };
        groups.push(current);
      } else if (current) {
        current.nodes.push(node);
      } else if (!isBlank([node])) {
        err(
          lineOfNode(node, doc.bodyOffset),
          "## Growth path",
          `starts with content outside a level. Put a "### Level name" heading (e.g. "### Beginner") before it.`,
        );
      }
    }
    if (!groups.length)
      err(growthSection.line, "## Growth path", `has no levels. Add "### Beginner" (or another level) headings, each followed by a list of skills.`);
    for (const g of groups) {
      const where = `### ${g.level}`;
      const lists = g.nodes.filter((n): n is List => n.type === "list");
      if (lists.length !== 1 || g.nodes.length !== 1) err(g.line, where, `must be followed by one bulleted list of "- **Skill**: description" items.`);
      const skills: Item[] = [];
      for (const list of lists) {
        const read = readBoldItems(list, doc.bodyOffset);
        for (const p of read.problems) err(p.line, where, p.message);
        for (const it of read.items) skills.push({ id: claimId(it.title, it.line, where, "skill-"), title: it.title, html: it.html });
      }
      growth.push({ id: claimId(g.level, g.line, where, "level-"), level: g.level, skills });
    }
  }

  const scrum: ScrumPart[] = [];
  const labels = Object.values(SCRUM_ACTIVITIES).map((a) => a.label);
  for (const it of listOf("scrum")) {
    const activity = scrumActivitySchema.safeParse(slugify(it.title));
    if (!activity.success) {
      err(
        it.line,
        "## Scrum events and artefacts",
        `"${it.title}" is not a Scrum event or artefact${didYouMean(it.title, labels)}. Use one of: ${labels.join(", ")}.`,
      );
      continue;
    }
    if (scrum.some((s) => s.activity === activity.data)) {
      err(it.line, "## Scrum events and artefacts", `"${it.title}" is listed twice. Merge the two items.`);
      continue;
    }
    scrum.push({ activity: activity.data, html: it.html });
  }
  const order = Object.keys(SCRUM_ACTIVITIES) as ScrumActivity[];
  scrum.sort((a, b) => order.indexOf(a.activity) - order.indexOf(b.activity));

  const worksWith = listOf("worksWith").map((it) => ({ name: it.title, html: it.html, line: it.line }));

  const prose = (key: RoleSectionKey): string => {
    const s = found.get(key);
    return s ? renderHtml(s.nodes) : "";
  };

  if (!fm.success || errors.length) return { ok: false, errors };
  const data = fm.data;
  if (data.builds_on === slug) {
    return {
      ok: false,
      errors: [
        { file, line: doc.lineOf(["builds_on"]), where: "builds_on", message: "names this role itself. Name the role below this one, or remove the field." },
      ],
    };
  }
  return {
    ok: true,
    value: {
      slug,
      file,
      title: data.title,
      summary: data.summary,
      aliases: data.aliases,
      family: data.family,
      related: data.related,
      buildsOn: data.builds_on,
      sources: data.sources,
      updated: data.updated,
      dimensions: data.dimensions,
      purposeHtml: prose("purpose"),
      responsibilities,
      growth,
      scrum,
      worksWith,
      whyHtml: prose("why"),
      notesHtml: found.has("notes") ? prose("notes") : undefined,
    },
  };
}
