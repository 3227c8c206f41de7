"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorPayload } from "@/lib/errors/app-error";
import { ErrorMessage } from "../../components/error-message";
import { ModalDialog } from "../../components/modal-dialog";
import { acceptMachineVersion, keepMine, retranslate, type ActionResult } from "./translate-actions";

/**
 * Handles every row's Re-translate, Retry, "Use machine version" and "Keep mine" buttons from one listener on
 * the document, so rows stay plain server markup. English a person wrote is only re-translated after they confirm.
 */
export function RowTranslateActions() {
  const { t } = useTranslation("translate");
  const router = useRouter();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [, startTransition] = useTransition();

  useEffect(() => {
    const run = (button: HTMLButtonElement, action: () => Promise<ActionResult<unknown>>) => {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      startTransition(async () => {
        const answer = await action();
        setError(answer.error ?? null);
        button.disabled = false;
        button.removeAttribute("aria-busy");
        router.refresh();
      });
    };
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-translate-row]");
      if (!button) return;
      const id = Number(button.dataset.paragraph);
      switch (button.dataset.translateRow) {
        case "retranslate":
          if (button.dataset.human) setConfirming(id);
          else run(button, () => retranslate(id));
          break;
        case "retry":
          run(button, () => retranslate(id));
          break;
        case "accept":
          run(button, () => acceptMachineVersion(id, Number(button.dataset.version)));
          break;
        case "keep":
          run(button, () => keepMine(id));
      }
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);

  const confirm = () => {
    const id = confirming;
    setConfirming(null);
    if (id === null) return;
    startTransition(async () => {
      const answer = await retranslate(id);
      setError(answer.error ?? null);
      router.refresh();
    });
  };

  return (
    <>
      <ErrorMessage id="row-translate-error" error={error} />
      <ModalDialog open={confirming !== null} onClose={() => setConfirming(null)} title={t("confirm.title")} closeLabel={t("confirm.close")}>
        <p>{t("confirm.body")}</p>
        <div className="actions">
          <button type="button" className="button primary" data-autofocus onClick={confirm}>
            {t("confirm.yes")}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            {t("confirm.no")}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
