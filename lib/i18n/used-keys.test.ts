import { describe, expect, it } from "vitest";
import { boundNamespaces, hasKey, keyUses } from "./used-keys";

describe("keyUses", () => {
  it("finds literal, namespaced and template keys, error codes and code properties", () => {
    const source = `
      const { t } = await getT(["reader", "common"]);
      t("title"); t('common:nav.library', { x: 1 }); t(\`common:status.\${status}\`);
      throw new AppError("emptyText"); setError({ code: "fileTooLarge", params: {} });
      format("not.a.key"); i18n.t("ignored");
    `;
    expect(keyUses(source)).toEqual([
      { namespace: null, key: "title", prefix: false },
      { namespace: "common", key: "nav.library", prefix: false },
      { namespace: "common", key: "status.", prefix: true },
      { namespace: "errors", key: "emptyText", prefix: false },
      { namespace: null, key: "fileTooLarge", prefix: false, codeProperty: true },
    ]);
  });

  it("knows the namespaces bare keys belong to", () => {
    expect(boundNamespaces(`getT("import"); useTranslation(["common", "errors"]); useTranslation('reader')`)).toEqual([
      "import",
      "common",
      "reader",
    ]);
  });
});

describe("hasKey", () => {
  const messages = { title: "T", nav: { library: "L" }, count_one: "1", count_other: "n" };
  it("resolves nested keys and plural forms", () => {
    expect(hasKey(messages, "nav.library")).toBe(true);
    expect(hasKey(messages, "count")).toBe(true);
    expect(hasKey(messages, "nav.missing")).toBe(false);
    expect(hasKey(messages, "nav")).toBe(false);
    expect(hasKey(messages, "title.deeper")).toBe(false);
  });
  it("accepts a template prefix only when it names a group of keys", () => {
    expect(hasKey(messages, "nav.", true)).toBe(true);
    expect(hasKey(messages, "title.", true)).toBe(false);
    expect(hasKey(messages, "missing.", true)).toBe(false);
  });
});
