// Calls server actions over HTTP the way React's client does (Next-Action header with the action id
// from the build's manifest; arguments as a JSON reply, FormData arguments as multipart fields).
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../hooks/http-server";
import { request, type CookieJar } from "./http-session";

/** exportedName → action id, from the production build. */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return new Map(Object.entries(manifest.node).flatMap(([id, v]) => (v.exportedName ? [[v.exportedName, id] as [string, string]] : [])));
}

export type ActionCall = { name: string; args: unknown[]; form?: Record<string, string> };

export async function callAction(baseUrl: string, pagePath: string, id: string, call: ActionCall, jar: CookieJar | null) {
  const headers: Record<string, string> = { "next-action": id, accept: "text/x-component", origin: baseUrl };
  let body: string | FormData;
  if (call.form) {
    // The last argument is the form: "$K1" refers to the fields named "1_<field>".
    const form = new FormData();
    form.append("0", JSON.stringify([...call.args, "$K1"]));
    for (const [k, v] of Object.entries(call.form)) form.append(`1_${k}`, v);
    body = form;
  } else {
    headers["content-type"] = "text/plain;charset=UTF-8";
    body = JSON.stringify(call.args);
  }
  const res = await request(baseUrl, pagePath, jar, { method: "POST", headers, body });
  return { status: res.status, location: res.headers.get("location") ?? res.headers.get("x-action-redirect") ?? "", body: await res.text() };
}
