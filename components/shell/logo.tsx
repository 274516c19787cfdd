/** Shiplog's mark: a small sail, drawn inline so it needs no emoji font. */
export function Logo({ className = "size-5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={`inline-block text-indigo-600 dark:text-indigo-400 ${className}`} fill="currentColor">
      <path d="M11 2 4 16h7z" />
      <path d="M13 5v11h6z" opacity=".7" />
      <path d="M2 18h20l-2.5 3.5h-15z" />
    </svg>
  );
}
