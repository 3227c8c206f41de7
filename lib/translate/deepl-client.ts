import { DeepLClient, DeepLError, GlossaryEntries, type TextResult } from "deepl-node";
import { AppError } from "@/lib/errors/app-error";
import type { DeepLConfig } from "./config";
import { isTransientDeepLError, toAppError } from "./deepl-errors";
import { GLOSSARY_TARGET_LANG, SOURCE_LANG, type GlossaryPair, type MachineTranslator, type TranslateRequest } from "./machine-translator";
import { DEFAULT_THROTTLE, Throttle, type ThrottleOptions } from "./throttle";

function dictionary(entries: GlossaryPair[]) {
  return {
    sourceLangCode: SOURCE_LANG,
    targetLangCode: GLOSSARY_TARGET_LANG,
    entries: new GlossaryEntries({ entries: Object.fromEntries(entries.map((e) => [e.source, e.target])) }),
  };
}

async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAppError(error);
  }
}

// A translate request naming a glossary DeepL no longer has answers a bare 404.
function glossaryGone(error: unknown, request: TranslateRequest): boolean {
  return !!request.glossaryId && error instanceof DeepLError && error.message.startsWith("Not found");
}

/** The only place that talks to DeepL: deepl-node behind our throttle, errors mapped to AppError codes. */
export function createDeepLTranslator(config: DeepLConfig, throttleOptions: ThrottleOptions = DEFAULT_THROTTLE): MachineTranslator {
  const client = new DeepLClient(config.authKey, {
    serverUrl: config.serverUrl,
    maxRetries: config.maxRetries,
    minTimeout: config.timeoutMs,
    appInfo: { appName: "Selaras", appVersion: "0.1" },
  });
  const throttle = new Throttle(throttleOptions);

  return {
    translate: (request) =>
      throttle.run(async () => {
        let results: TextResult[];
        try {
          results = await client.translateText(request.texts, SOURCE_LANG, request.targetLang, {
            context: request.context || undefined,
            glossary: request.glossaryId,
          });
        } catch (error) {
          throw glossaryGone(error, request) ? new AppError("deeplGlossaryMissing", {}, 502) : toAppError(error);
        }
        return { texts: results.map((r) => r.text), billedCharacters: results.reduce((sum, r) => sum + (r.billedCharacters ?? 0), 0) };
      }, isTransientDeepLError),
    usage: () =>
      mapped(async () => {
        const usage = await client.getUsage();
        return { characterCount: usage.character?.count ?? 0, characterLimit: usage.character?.limit ?? 0 };
      }),
    createGlossary: (name, entries) => mapped(async () => (await client.createMultilingualGlossary(name, [dictionary(entries)])).glossaryId),
    replaceGlossary: (glossaryId, entries) => mapped(async () => void (await client.replaceMultilingualGlossaryDictionary(glossaryId, dictionary(entries)))),
    deleteGlossary: (glossaryId) => mapped(() => client.deleteMultilingualGlossary(glossaryId)),
  };
}
