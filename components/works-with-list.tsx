import Link from "next/link";
import { Html } from "./html";

export function WorksWithList({ entries }: { entries: readonly { href: string; title: string; html: string }[] }) {
  return (
    <dl className="space-y-3">
      {entries.map((e) => (
        <div key={e.href}>
          <dt className="font-semibold">
            <Link href={e.href}>{e.title}</Link>
          </dt>
          <dd>
            <Html html={e.html} className="prose max-w-prose" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
