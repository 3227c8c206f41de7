import type { RequestParams } from "./request-params";
import type { TranslateState } from "./translate-handler";

/** Usage and multilingual glossary endpoints, as deepl-node's DeepLClient calls them. */
export function routeApi(method: string, path: string, params: RequestParams, owner: string, state: TranslateState): { status: number; body?: unknown } {
  const glossary = /^\/v3\/glossaries\/([^/]+)(\/entries|\/dictionaries)?$/.exec(path);
  const g = state.glossaries;
  if (path === "/v2/usage" && (method === "GET" || method === "POST")) {
    return { status: 200, body: { character_count: state.characterCount, character_limit: state.faults.characterLimit } };
  }
  if (path === "/v3/glossaries" && method === "POST") return { status: 201, body: g.create(owner, params.get("name"), params.dictionaries()) };
  if (path === "/v3/glossaries" && method === "GET") return { status: 200, body: g.list(owner) };
  if (glossary) {
    const [, id, sub] = glossary;
    if (!sub && method === "GET") return { status: 200, body: g.info(owner, id) };
    if (!sub && method === "PATCH") return { status: 200, body: g.update(owner, id, params.get("name"), params.dictionaries()) };
    if (!sub && method === "DELETE") return (g.delete(owner, id), { status: 204 });
    if (sub === "/entries" && method === "GET") return { status: 200, body: g.entries(owner, id, params.get("source_lang"), params.get("target_lang")) };
    if (sub === "/dictionaries" && method === "PUT") {
      const input = { source_lang: params.get("source_lang"), target_lang: params.get("target_lang"), entries: params.get("entries"), entries_format: params.get("entries_format") };
      return { status: 200, body: g.replaceDictionary(owner, id, input) };
    }
    if (sub === "/dictionaries" && method === "DELETE") return (g.deleteDictionary(owner, id, params.get("source_lang"), params.get("target_lang")), { status: 204 });
  }
  return { status: 404, body: { message: "Not found" } };
}
