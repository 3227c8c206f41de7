import { PARAGRAPH_KINDS, PARAGRAPH_STATUSES, TARGET_LANGS, type ParagraphKind, type ParagraphStatus, type TargetLang } from "./types";

export function isParagraphKind(value: string): value is ParagraphKind {
  return (PARAGRAPH_KINDS as readonly string[]).includes(value);
}

export function isParagraphStatus(value: string): value is ParagraphStatus {
  return (PARAGRAPH_STATUSES as readonly string[]).includes(value);
}

export function isTargetLang(value: string): value is TargetLang {
  return (TARGET_LANGS as readonly string[]).includes(value);
}
