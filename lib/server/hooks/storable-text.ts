// PostgreSQL text cannot hold NUL, and lone UTF-16 surrogates do not survive UTF-8. Anything a hook
// sender controls goes through these before it is stored, so no input can make an INSERT fail.

/** `value` made storable and cut to `max` characters (null stays null). */
export function storableText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  return value.slice(0, max).toWellFormed().replaceAll("\0", "\uFFFD");
}

/** Raw body bytes as storable text of at most `maxBytes` UTF-8 bytes (invalid UTF-8 becomes U+FFFD). */
export function storableBody(body: Uint8Array, maxBytes: number): string {
  const text = new TextDecoder().decode(body.subarray(0, maxBytes)).replaceAll("\0", "\uFFFD");
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  // Replacement characters are wider than what they replace: cut again, on a character boundary.
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString("utf8");
}
