import { invalid } from "@/lib/server/errors";

// Keyset pagination on (date, id), newest first: a cursor stays valid while new rows arrive.
export type Cursor = { date: Date; id: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.date.toISOString(), cursor.id])).toString("base64url");
}

export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value) return null;
  try {
    const [iso, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    const date = new Date(iso);
    if (typeof iso === "string" && Number.isInteger(id) && !Number.isNaN(date.getTime())) return { date, id };
  } catch {
    // fall through to the error below
  }
  throw invalid({ cursor: "Invalid cursor: use the URL from the Link header." });
}

/** Prisma `where` for rows strictly after `cursor` in (date desc, id desc) order. */
export function afterCursor(field: string, cursor: Cursor | null) {
  if (!cursor) return {};
  return { OR: [{ [field]: { lt: cursor.date } }, { [field]: cursor.date, id: { lt: cursor.id } }] };
}

/** Splits a `limit + 1` fetch into the page and the next cursor. */
export function pageOf<T extends { id: number }>(rows: T[], limit: number, dateOf: (row: T) => Date) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ date: dateOf(last), id: last.id }) : null };
}
