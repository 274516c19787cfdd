"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Tabs whose active one follows the URL. */
export function NavTabs({ tabs, label, exact = false, vertical = false }: { tabs: { href: string; label: string }[]; label: string; exact?: boolean; vertical?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={`flex gap-1 overflow-x-auto ${vertical ? "md:flex-col" : ""}`}>
      {tabs.map((tab) => {
        const active = pathname === tab.href || (!exact && pathname.startsWith(`${tab.href}/`));
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`${vertical ? "border-b-2 md:border-b-0 md:border-l-2" : "border-b-2"} border-transparent px-3 py-2 text-sm font-medium text-zinc-600 hover:text-zinc-900 aria-[current=page]:border-indigo-600 aria-[current=page]:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100 dark:aria-[current=page]:text-zinc-100`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
