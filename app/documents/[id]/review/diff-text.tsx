import type { DiffPart } from "@/lib/review/word-diff";

/** A word diff inline: removed words struck out, added words marked (the elements say so to screen readers too). */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <span className="diff-text">
      {parts.map((part, index) =>
        part.kind === "added" ? <ins key={index}>{part.text}</ins> : part.kind === "removed" ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
