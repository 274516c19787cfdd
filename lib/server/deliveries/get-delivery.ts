import { db } from "@/lib/server/db";

/** One delivery of a project with its stored body (kept only for rejected and ignored ones). */
export async function getDelivery({ projectId, id }: { projectId: number; id: number }) {
  return db().delivery.findFirst({ where: { id, projectId } });
}

/** Stored bodies are usually JSON: show them indented, and as they came when they are not. */
export function prettyBody(body: string | null): string | null {
  if (body === null) return null;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
