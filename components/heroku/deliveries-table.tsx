import Link from "next/link";
import type { DeliveryJson } from "@/lib/server/deliveries/list-deliveries";
import { Card } from "@/components/ui/card";

const OUTCOMES = ["processed", "duplicate", "ignored", "rejected"] as const;
const OUTCOME_STYLE: Record<string, string> = {
  processed: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  duplicate: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  ignored: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  rejected: "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200",
};

type Selected = { id: number; reason: string | null; body: string | null; outcome: string; status: number } | null;
type Props = { deliveries: DeliveryJson[]; outcome?: string; selected: Selected; href: (query: { outcome?: string; delivery?: string }) => string };

/** "Why is my deploy missing?": every hook received, newest first, each with its reason and body. */
export function DeliveriesTable({ deliveries, outcome, selected, href }: Props) {
  return (
    <Card title="Recent deliveries" description="Every call to this project's hook URLs, newest first. Rejected and ignored ones keep their body.">
      <nav aria-label="Filter by outcome" className="mb-3 flex flex-wrap gap-1 text-xs">
        {[undefined, ...OUTCOMES].map((o) => (
          <Link
            key={o ?? "all"}
            href={href({ outcome: o })}
            scroll={false}
            aria-current={o === outcome ? "true" : undefined}
            className="rounded-full border border-zinc-300 px-2.5 py-1 font-medium hover:bg-zinc-100 aria-[current=true]:border-indigo-600 aria-[current=true]:bg-indigo-600 aria-[current=true]:text-white dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {o ?? "All"}
          </Link>
        ))}
      </nav>
      {deliveries.length === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          {outcome
            ? `No ${outcome} deliveries.`
            : "Nothing yet. Each call Heroku makes to the hook URL will be listed here — processed, duplicate, ignored or rejected, with the reason — so a missing deploy can be explained."}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-zinc-500">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Received</th>
                <th scope="col" className="py-2 pr-3 font-medium">Action</th>
                <th scope="col" className="py-2 pr-3 font-medium">Outcome</th>
                <th scope="col" className="py-2 pr-3 font-medium">Status</th>
                <th scope="col" className="py-2 pr-3 font-medium">Version</th>
                <th scope="col" className="py-2 font-medium">Reason</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {deliveries.map((d) => (
                <tr key={d.id} aria-selected={selected?.id === Number(d.id)} className="aria-selected:bg-indigo-50 dark:aria-selected:bg-indigo-950">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <Link href={href({ outcome, delivery: d.id })} scroll={false} className="text-indigo-600 hover:underline dark:text-indigo-400">
                      <time dateTime={d.receivedAt}>{d.receivedAt.replace("T", " ").slice(0, 19)} UTC</time>
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{d.action ?? "—"}</td>
                  <td className="py-2 pr-3">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${OUTCOME_STYLE[d.outcome]}`}>{d.outcome}</span>
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{d.status}</td>
                  <td className="py-2 pr-3 font-mono text-xs" title={d.releaseVersion ?? undefined}>{d.releaseVersion?.slice(0, 12) ?? "—"}</td>
                  <td className="max-w-xs truncate py-2 text-xs text-zinc-600 dark:text-zinc-400" title={d.reason ?? undefined}>{d.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected ? (
        <section aria-labelledby="delivery-detail" className="mt-4 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
          <h3 id="delivery-detail" className="text-sm font-semibold">
            Delivery {selected.id}: {selected.outcome} (HTTP {selected.status})
          </h3>
          <p className="mt-1 text-sm">{selected.reason ?? "No reason recorded: it was processed."}</p>
          {selected.body !== null ? (
            <pre data-testid="delivery-body" className="mt-2 max-h-96 overflow-auto rounded bg-zinc-900 p-3 text-xs text-zinc-100">{selected.body}</pre>
          ) : (
            <p className="mt-2 text-xs text-zinc-500">The body is kept only for rejected and ignored deliveries.</p>
          )}
        </section>
      ) : null}
    </Card>
  );
}
