import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { type ContentError, type Report, type Result, fromZodIssues, reporter } from "./errors";
import { didYouMean } from "./did-you-mean";
import { type BoldItem, type Section, type SplitDocument, isBlank, lineOfNode, readBoldItems, renderHtml, slugify, splitDocument } from "./markdown";
import { siteLinks } from "./site-links";
import { citedSources } from "./cited-sources";
import { ROLE_FILE_SECTIONS, ROLE_PAGE_SECTIONS, ROLE_RESERVED_IDS, type RoleFileSectionKey } from "./role-sections";
import {
  type GrowthLevel,
  type Item,
  LEVELS,
  type Level,
  type ParsedRole,
  SCRUM_ACTIVITIES,
  type ScrumPart,
  levelSchema,
  roleFrontMatter,
  scrumActivitySchema,
} from "./schema";
import { typedKeys } from "./typed";

const HEADINGS = ROLE_FILE_SECTIONS.map((k) => ROLE_PAGE_SECTIONS[k].heading);
const LEVEL_HELP = "R (Responsible), A (Accountable), C (Consulted) or I (Informed)";

/** Reads a RACI letter; a full word or lower case gets a hint rather than a silent fix. */
function readLevel(text: string): { level: Level } | { problem: string } {
  // A lower-case letter is unambiguous; a word is not, so it gets a hint instead.
  const parsed = levelSchema.safeParse(text.length === 1 ? text.toUpperCase() : text);
  if (parsed.success) return { level: parsed.data };
  const byName = typedKeys(LEVELS).find((k) => LEVELS[k].name.toLowerCase() === text.toLowerCase());
  return { problem: `"${text}" is not a level${byName ? ` (did you mean "${byName}"?)` : ""}. Use ${LEVEL_HELP}.` };
}

/**
 * Reads `A` or `A; C in scrum-team, agency-team; I in service-team`: the role's own level, then
 * the level in named team shapes where the sources give it another (lib/responsibilities/check.ts
 * checks the names and that every letter agrees with the team shape's ruling).
 */
function readLevels(text: string): { level: Level; inTeams: Record<string, Level> } | { problem: string } {
  const [own, ...rest] = text.split(";").map((s) => s.trim());
  const first = readLevel(own ?? "");
  if ("problem" in first) return first;
  const inTeams: Record<string, Level> = {};
  for (const part of rest) {
    const m = /^(\S+)\s+in\s+(.+)$/.exec(part);
    if (!m) return { problem: `"${part}" should name a level and the team shapes it holds in, e.g. "C in scrum-team, service-team".` };
    const level = readLevel(m[1]!);
    if ("problem" in level) return level;
    for (const team of m[2]!.split(",").map((t) => t.trim())) {
      if (team in inTeams) return { problem: `"${team}" is given a level twice. Give each team shape one level.` };
      inTeams[team] = level.level;
    }
  }
  return { level: first.level, inTeams };
}

/** Maps each `##` section to its key, reporting unknown, repeated, empty and missing sections. */
function findSections(doc: SplitDocument, report: Report): Map<RoleFileSectionKey, Section> {
  const found = new Map<RoleFileSectionKey, Section>();
  for (const section of doc.sections) {
    const where = `## ${section.heading}`;
    const key = ROLE_FILE_SECTIONS.find((k) => ROLE_PAGE_SECTIONS[k].heading.toLowerCase() === section.heading.toLowerCase());
    if (!key) {
      report(section.line, where, `is not a section of a role${didYouMean(section.heading, HEADINGS)}. Use these headings: ${HEADINGS.join("; ")}.`);
      continue;
    }
    if (found.has(key)) {
      report(section.line, where, `appears twice. Merge the two into one section.`);
      continue;
    }
    if (isBlank(section.nodes)) {
      const required = ROLE_PAGE_SECTIONS[key].required ? " (but this section is required)" : "";
      report(section.line, where, `is empty. Write its content, or remove the heading${required}.`);
    }
    found.set(key, section);
  }
  for (const key of ROLE_FILE_SECTIONS) {
    const { heading, required } = ROLE_PAGE_SECTIONS[key];
    if (required && !found.has(key)) report(undefined, `## ${heading}`, `is missing. Add a "## ${heading}" section.`);
  }
  return found;
}

/** Hands out anchor ids, reporting any that the page or an earlier item already uses. */
function idClaimer(report: Report) {
  const ids = new Set<string>(ROLE_RESERVED_IDS);
  return (title: string, line: number | undefined, where: string, prefix = ""): string => {
    const base = prefix + slugify(title);
    if (!base) {
      report(line, where, `"${title}" has no letters or digits to make a link anchor from. Use words in the bold title.`);
      return "item";
    }
    if (ids.has(base)) report(line, where, `"${title}" gives the anchor #${base}, which is already used on this page. Give it a different title.`);
    ids.add(base);
    return base;
  };
}

/** The items of a section that must be one bulleted list of `- **Title**: description` items. */
function listItems(section: Section | undefined, offset: number, report: Report): BoldItem[] {
  if (!section) return [];
  const where = `## ${section.heading}`;
  if (section.nodes.length !== 1 || section.nodes[0]!.type !== "list") {
    report(section.line, where, `must be one bulleted list, each item written as "- **Short title**: description", with nothing else in the section.`);
  }
  return readBoldItems(section.nodes, offset, (line, message) => report(line, where, message));
}

function untagged(items: readonly BoldItem[], where: string, report: Report): void {
  for (const it of items) {
    if (it.tag !== undefined) report(it.line, where, `"${it.title}" has a tag (\`${it.tag}\`), but only responsibilities and Scrum items take one. Remove it.`);
  }
}

function readResponsibilities(items: readonly BoldItem[], claimId: ReturnType<typeof idClaimer>, report: Report): ParsedRole["responsibilities"] {
  const where = `## ${ROLE_PAGE_SECTIONS.responsibilities.heading}`;
  return items.flatMap((it) => {
    const example = `- **${it.title}** \`product-backlog: R\`: …`;
    if (it.tag === undefined) {
      report(it.line, where, `"${it.title}" has no area and level. Add \`area: level\` in backticks after the bold title, e.g. ${example}`);
      return [];
    }
    const m = /^([^:;]+):\s*(\S.*)$/.exec(it.tag);
    if (!m) {
      report(it.line, where, `"${it.title}" has the tag \`${it.tag}\`; write it as \`area: level\`, e.g. ${example}`);
      return [];
    }
    const area = m[1]!.trim();
    const levels = readLevels(m[2]!);
    if ("problem" in levels) {
      report(it.line, where, `"${it.title}": ${levels.problem}`);
      return [];
    }
    return [{ id: claimId(it.title, it.line, where), title: it.title, html: it.html, area, ...levels, line: it.line }];
  });
}

function readGrowth(section: Section | undefined, offset: number, claimId: ReturnType<typeof idClaimer>, report: Report): GrowthLevel[] {
  if (!section) return [];
  const where = `## ${section.heading}`;
  const groups: { level: string; line?: number; nodes: RootContent[] }[] = [];
  for (const node of section.nodes) {
    if (node.type === "heading" && node.depth === 3) groups.push({ level: toString(node).trim(), line: lineOfNode(node, offset), nodes: [] });
    else if (groups.length) groups[groups.length - 1]!.nodes.push(node);
    else if (!isBlank([node]))
      report(lineOfNode(node, offset), where, `starts with content outside a level. Put a "### Level name" heading (e.g. "### Beginner") before it.`);
  }
  if (!groups.length) report(section.line, where, `has no levels. Add "### Beginner" (or another level) headings, each followed by a list of skills.`);
  return groups.map((g) => {
    const levelWhere = `### ${g.level}`;
    if (g.nodes.length !== 1 || g.nodes[0]!.type !== "list") report(g.line, levelWhere, `must be followed by one bulleted list of "- **Skill**: description" items.`);
    const read = readBoldItems(g.nodes, offset, (line, message) => report(line, levelWhere, message));
    untagged(read, levelWhere, report);
    const skills: Item[] = read.map((it) => ({ id: claimId(it.title, it.line, levelWhere, "skill-"), title: it.title, html: it.html }));
    return { id: claimId(g.level, g.line, levelWhere, "level-"), level: g.level, skills };
  });
}

function readScrum(items: readonly BoldItem[], report: Report): ScrumPart[] {
  const where = `## ${ROLE_PAGE_SECTIONS.scrum.heading}`;
  const labels = Object.values(SCRUM_ACTIVITIES).map((a) => a.label);
  const parts: ScrumPart[] = [];
  for (const it of items) {
    const activity = scrumActivitySchema.safeParse(slugify(it.title));
    if (!activity.success) {
      report(it.line, where, `"${it.title}" is not a Scrum event or artefact${didYouMean(it.title, labels)}. Use one of: ${labels.join(", ")}.`);
      continue;
    }
    if (parts.some((s) => s.activity === activity.data)) {
      report(it.line, where, `"${it.title}" is listed twice. Merge the two items.`);
      continue;
    }
    if (it.tag === undefined) {
      report(it.line, where, `"${it.title}" has no level. Add it in backticks after the bold title, e.g. - **${it.title}** \`R\`: …`);
      continue;
    }
    const levels = readLevels(it.tag);
    if ("problem" in levels) {
      report(it.line, where, `"${it.title}": ${levels.problem}`);
      continue;
    }
    parts.push({ activity: activity.data, ...levels, html: it.html, line: it.line });
  }
  const order = typedKeys(SCRUM_ACTIVITIES);
  return parts.sort((a, b) => order.indexOf(a.activity) - order.indexOf(b.activity));
}

/** Parses one role file. Pure: text in, a role (with unresolved "Works with" names) or every problem found out. */
export function parseRole(file: string, slug: string, source: string): Result<ParsedRole> {
  const split = splitDocument(file, source);
  if (!split.ok) return split;
  const { doc } = split;
  const errors: ContentError[] = [];
  const report = reporter(file, errors);

  const fm = roleFrontMatter.safeParse(doc.data);
  if (!fm.success) errors.push(...fromZodIssues(file, fm.error.issues, doc.data, roleFrontMatter, doc.lineOf));
  if (!isBlank(doc.preamble)) {
    report(
      lineOfNode(doc.preamble[0]!, doc.bodyOffset),
      undefined,
      `has text before the first section. Put it under "## ${ROLE_PAGE_SECTIONS.purpose.heading}".`,
    );
  }

  const found = findSections(doc, report);
  const claimId = idClaimer(report);
  const items = (key: RoleFileSectionKey) => listItems(found.get(key), doc.bodyOffset, report);
  const responsibilities = readResponsibilities(items("responsibilities"), claimId, report);
  const growth = readGrowth(found.get("growth"), doc.bodyOffset, claimId, report);
  const scrum = readScrum(items("scrum"), report);
  const worksWithItems = items("worksWith");
  untagged(worksWithItems, `## ${ROLE_PAGE_SECTIONS.worksWith.heading}`, report);
  const prose = (key: RoleFileSectionKey): string => {
    const s = found.get(key);
    return s ? renderHtml(s.nodes) : "";
  };

  if (!fm.success || errors.length) return { ok: false, errors };
  if (fm.data.buildsOn === slug) {
    report(doc.lineOf(["builds_on"]), "builds_on", "names this role itself. Name the role below this one, or remove the field.");
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      slug,
      file,
      ...fm.data,
      purposeHtml: prose("purpose"),
      responsibilities,
      growth,
      scrum,
      worksWith: worksWithItems.map((it) => ({ name: it.title, html: it.html, line: it.line })),
      whyHtml: prose("why"),
      notesHtml: found.has("notes") ? prose("notes") : undefined,
      lines: {
        related: fm.data.related.map((_, i) => doc.lineOf(["related", i])),
        buildsOn: fm.data.buildsOn ? doc.lineOf(["builds_on"]) : undefined,
        growsFrom: Object.fromEntries(Object.keys(fm.data.growsFrom).map((k) => [k, doc.lineOf(["grows_from", k])])),
      },
      links: siteLinks(doc),
      cited: citedSources(doc),
    },
  };
}
