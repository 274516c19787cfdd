/** Prisma's startsWith/contains are SQL LIKE underneath and it does not escape them: "1_" would match "1a". */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
