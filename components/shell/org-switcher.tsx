import Link from "next/link";

type Org = { slug: string; name: string };

// A <details> menu: keyboard and screen-reader friendly without any client JavaScript.
export function OrgSwitcher({ orgs, current }: { orgs: Org[]; current?: Org }) {
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800">
        {current?.name ?? "Organizations"}
        <span aria-hidden="true" className="text-zinc-400">▾</span>
        <span className="sr-only">Switch organization</span>
      </summary>
      <ul className="absolute left-0 z-10 mt-1 w-64 rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {orgs.map((org) => (
          <li key={org.slug}>
            <Link
              href={`/${org.slug}`}
              aria-current={org.slug === current?.slug ? "page" : undefined}
              className="block px-3 py-2 hover:bg-zinc-100 aria-[current=page]:font-semibold dark:hover:bg-zinc-800"
            >
              {org.name}
            </Link>
          </li>
        ))}
        <li className="border-t border-zinc-200 dark:border-zinc-700">
          <Link href="/organizations/new" className="block px-3 py-2 text-indigo-600 hover:bg-zinc-100 dark:text-indigo-400 dark:hover:bg-zinc-800">
            + New organization
          </Link>
        </li>
      </ul>
    </details>
  );
}
