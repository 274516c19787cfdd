import { z } from "zod";
import { environmentNameSchema, herokuAppNameSchema } from "./plugin";

export const connectHerokuFormSchema = z.object({
  apiKey: z.string().trim().min(1, "Paste a Heroku API key or OAuth token.").max(500, "That is too long for a Heroku key."),
});

/** The app picker: ticked apps (`app`) and each one's environment (`environment:<app>`). */
export function parseTrackAppsForm(formData: FormData) {
  const names = formData.getAll("app").map(String);
  const schema = z.array(z.object({ name: herokuAppNameSchema, environment: environmentNameSchema })).max(100, "At most 100 apps.");
  return schema.safeParse(
    names.map((name) => ({ name, environment: String(formData.get(`environment:${name}`) ?? "") || "production" })),
  );
}

export const appNameSchema = herokuAppNameSchema;
