// Heroku's Range pagination: `Range: <field> [start]..[end]; max=N, order=asc|desc`; a `]` before
// the start excludes it. While more items remain the answer is 206 with Next-Range (the Range for
// the next page) and Content-Range; the last page is 200. Heroku's max is 1000, its default 200.
type Options = { field: string; defaultMax: number };
type Item = Record<string, unknown>;

export function pageOf(items: Item[], rangeHeader: string | null, o: Options) {
  const parsed = parseRange(rangeHeader, o);
  if (!parsed) return { status: 400, body: { id: "bad_request", message: `Invalid Range header (e.g. "${o.field} ..; max=200").` } };
  const { field, start, exclusive, max, order } = parsed;
  const key = (i: Item) => i[field] as string | number;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0) * (order === "desc" ? -1 : 1);
  const sorted = [...items].sort((a, b) => compare(key(a), key(b)));
  const typed = (v: string) => (typeof key(sorted[0] ?? {}) === "number" ? Number(v) : v);
  const from = start === "" ? sorted : sorted.filter((i) => { const c = compare(key(i), typed(start)); return exclusive ? c > 0 : c >= 0; });
  const page = from.slice(0, max);
  const headers: Record<string, string> = {};
  if (page.length) headers["Content-Range"] = `${field} ${key(page[0])}..${key(page.at(-1)!)}`;
  if (from.length > page.length) {
    headers["Next-Range"] = `${field} ]${key(page.at(-1)!)}..; max=${max}, order=${order}`;
    return { status: 206, body: page, headers };
  }
  return { status: 200, body: page, headers };
}

function parseRange(header: string | null, o: Options) {
  if (!header) return { field: o.field, start: "", exclusive: false, max: o.defaultMax, order: "asc" as const };
  const m = header.match(/^\s*(\w+)\s+(\]?)([^.;]*)\.\.([^;]*)(?:;\s*(.*))?$/);
  if (!m || (m[1] !== o.field && m[1] !== "id")) return null;
  const params = Object.fromEntries((m[5] ?? "").split(",").map((p) => p.trim().split("=")).filter((p) => p.length === 2));
  const max = params.max ? Number(params.max) : o.defaultMax;
  if (!Number.isInteger(max) || max < 1 || max > 1000) return null;
  const order = params.order === "desc" ? "desc" : "asc";
  return { field: m[1], start: m[3].trim(), exclusive: m[2] === "]", max, order } as const;
}
