import type { TargetLang } from "@/lib/bilingual/types";

/** What the translation use cases need from DeepL; deepl-client.ts implements it with deepl-node. */
export interface MachineTranslator {
  /** Translates Indonesian texts in one request; results come back in the same order. */
  translate(request: TranslateRequest): Promise<TranslateResult>;
  usage(): Promise<DeepLUsage>;
  /** Creates the multilingual glossary and returns its id. */
  createGlossary(name: string, entries: GlossaryPair[]): Promise<string>;
  replaceGlossary(glossaryId: string, entries: GlossaryPair[]): Promise<void>;
  deleteGlossary(glossaryId: string): Promise<void>;
}

export interface TranslateRequest {
  texts: string[];
  targetLang: TargetLang;
  /** Text that helps DeepL understand the texts; not translated and not billed. */
  context?: string;
  glossaryId?: string;
}

export interface TranslateResult {
  texts: string[];
  billedCharacters: number;
}

export interface DeepLUsage {
  characterCount: number;
  characterLimit: number;
}

export interface GlossaryPair {
  source: string;
  target: string;
}

/** Indonesian is always the source; glossaries take the bare target code, requests the regional one. */
export const SOURCE_LANG = "id";
export const GLOSSARY_TARGET_LANG = "en";
