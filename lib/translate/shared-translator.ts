import { deeplConfigFromEnv } from "./config";
import { createDeepLTranslator } from "./deepl-client";
import type { MachineTranslator } from "./machine-translator";

// One translator per key and server, so every job of the process shares one throttle.
const globalForTranslators = globalThis as unknown as { selarasTranslators?: Map<string, MachineTranslator> };
const translators = (globalForTranslators.selarasTranslators ??= new Map());

type Env = Record<string, string | undefined>;

/** The process's DeepL translator as the environment configures it, or null without a key. */
export function translatorFromEnv(env: Env = process.env): MachineTranslator | null {
  const config = deeplConfigFromEnv(env);
  if (!config) return null;
  const id = `${config.serverUrl ?? "deepl"}\n${config.authKey}`;
  let translator = translators.get(id);
  if (!translator) {
    translator = createDeepLTranslator(config);
    translators.set(id, translator);
  }
  return translator;
}
