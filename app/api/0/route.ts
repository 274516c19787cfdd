import { unknownRoute } from "@/lib/server/api/route-handlers";

// /api/0 and /api/0/ themselves (a catch-all needs at least one segment).
export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
