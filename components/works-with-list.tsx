import { Html } from "./html";

export function WorksWithList({ entries }: { entries: readonly { href: string; title: string; html: string }[] }) {
  return (
    <dl className="space-y-3">
      {entries.map((e) => (
        <div key={e.href}>
          <dt className="font-semibold">
            <a href={e.href}>{e.title}</a>
          </dt>
          <dd>
            <Html html={e.html} className="prose max-w-prose" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
