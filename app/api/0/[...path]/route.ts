import { unknownRoute } from "@/lib/server/api/route-handlers";

// Anything under /api/0/ that no other route matches.
export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
