import { typedKeys } from "./typed";

/*
 * Every section of a role page, in page order: the sections an author writes in the file
 * (`from: "file"`) and the ones the page adds from other data (`from: "page"`). The parser
 * reads file sections by heading, the page renders headings and its contents list from here,
 * and no item on the page may take one of these ids as its anchor.
 */
export const ROLE_PAGE_SECTIONS = {
  purpose: { heading: "What the role is for", id: "what-the-role-is-for", from: "file", required: true },
  ladder: { heading: "Career ladder", id: "career-ladder", from: "page", required: false },
  responsibilities: { heading: "Responsibilities", id: "responsibilities", from: "file", required: true },
  teams: { heading: "In each team shape", id: "in-team-shapes", from: "page", required: false },
  growth: { heading: "Growth path", id: "growth-path", from: "file", required: false },
  scrum: { heading: "Scrum events and artefacts", id: "scrum-events-and-artefacts", from: "file", required: false },
  glance: { heading: "At a glance", id: "at-a-glance", from: "page", required: false },
  worksWith: { heading: "Works with", id: "works-with", from: "file", required: true },
  why: { heading: "Why the role matters", id: "why-the-role-matters", from: "file", required: true },
  notes: { heading: "Notes", id: "notes", from: "file", required: false },
  related: { heading: "Related roles", id: "related", from: "page", required: false },
  compare: { heading: "Compare with…", id: "compare", from: "page", required: false },
  sources: { heading: "Sources", id: "sources", from: "page", required: false },
} as const;

export type RoleSectionKey = keyof typeof ROLE_PAGE_SECTIONS;
export type RoleFileSectionKey = { [K in RoleSectionKey]: (typeof ROLE_PAGE_SECTIONS)[K]["from"] extends "file" ? K : never }[RoleSectionKey];

export const ROLE_FILE_SECTIONS = typedKeys(ROLE_PAGE_SECTIONS).filter((k): k is RoleFileSectionKey => ROLE_PAGE_SECTIONS[k].from === "file");

/** Ids the page itself uses: section headings, the contents list and the main landmark. */
export const ROLE_RESERVED_IDS: ReadonlySet<string> = new Set([...Object.values(ROLE_PAGE_SECTIONS).map((s) => s.id), "contents-heading", "main"]);
