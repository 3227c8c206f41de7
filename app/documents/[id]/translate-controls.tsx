"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { TARGET_LANGS, type TargetLang } from "@/lib/bilingual/types";
import type { ErrorPayload } from "@/lib/errors/app-error";
import { formatNumber } from "@/lib/i18n/format";
import { useLanguage } from "@/lib/i18n/client";
import type { TranslationPreview } from "@/lib/translate/preview-translation";
import { ErrorMessage } from "../../components/error-message";
import type { JobStatus } from "./job-status";
import { RowTranslateActions } from "./row-translate-actions";
import { cancelTranslationJob, previewDocumentTranslation, resumeTranslationJob, setTargetLanguage, startTranslation, type ActionResult } from "./translate-actions";
import { TranslatePreview } from "./translate-preview";

const POLL_MS = 700;

/** Polls the job while a worker runs it; once it stops (done, paused, failed, cancelled) the rows are reloaded. */
function useJobPolling(documentId: number, job: JobStatus | null, setJob: (job: JobStatus | null) => void) {
  const router = useRouter();
  const running = job !== null && (job.state === "queued" || job.state === "running");
  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/api/documents/${documentId}/translation`, { cache: "no-store" }).catch(() => null);
      if (stopped) return;
      const next = response?.ok ? ((await response.json()) as JobStatus | null) : null;
      if (stopped) return;
      if (next) setJob(next);
      if (next && next.state !== "queued" && next.state !== "running") router.refresh();
      else timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [running, documentId, router, setJob]);
}

export function TranslateControls({ documentId, initialJob, targetLang }: { documentId: number; initialJob: JobStatus | null; targetLang: TargetLang }) {
  const { t } = useTranslation(["translate", "common", "errors"]);
  const lng = useLanguage();
  const router = useRouter();
  const [job, setJob] = useState(initialJob);
  const [target, setTarget] = useState(targetLang);
  const [preview, setPreview] = useState<TranslationPreview | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [pending, startTransition] = useTransition();
  useJobPolling(documentId, job, setJob);

  const act = useCallback(
    <T,>(run: () => Promise<ActionResult<T>>, done: (result: T) => void) =>
      startTransition(async () => {
        const answer = await run();
        setError(answer.error ?? null);
        if (answer.result !== undefined) done(answer.result);
      }),
    [],
  );
  const n = (value: number) => formatNumber(value, lng);
  const busy = job?.active === true;

  return (
    <div className="translate-panel" role="group" aria-label={t("panel.label")}>
      {!busy && !preview ? (
        <button type="button" className="button primary" disabled={pending} onClick={() => act(() => previewDocumentTranslation(documentId), setPreview)}>
          {t("panel.translate")}
        </button>
      ) : null}
      <label className="translate-target">
        {t("panel.target")}{" "}
        <select
          value={target}
          disabled={pending || busy}
          onChange={(event) => {
            const lang = event.target.value as TargetLang;
            act(() => setTargetLanguage(documentId, lang), (saved) => {
              setTarget(saved);
              setPreview(null);
            });
          }}
        >
          {TARGET_LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {t(`common:lang.${lang}`)}
            </option>
          ))}
        </select>
      </label>
      {preview && !busy ? (
        <TranslatePreview
          preview={preview}
          pending={pending}
          onStart={() =>
            act(
              () => startTranslation(documentId),
              (started) => {
                setPreview(null);
                setJob(started);
                if (!started.active) router.refresh();
              },
            )
          }
          onClose={() => setPreview(null)}
        />
      ) : null}
      {job ? (
        <div className="translate-job" data-testid="translate-job" data-state={job.state}>
          <div
            className="translate-progress"
            role="progressbar"
            aria-label={t("progress.label")}
            aria-valuemin={0}
            aria-valuemax={job.total}
            aria-valuenow={job.done + job.failed}
            aria-valuetext={t("progress.percent", { percent: job.percent })}
          >
            <span style={{ width: `${job.percent}%` }} />
          </div>
          <p className="translate-progress-text">
            {t("progress.text", { done: n(job.done), total: n(job.total), billed: n(job.billedCharacters), memory: n(job.fromMemory) })}{" "}
            <span className="translate-state">{t(`state.${job.state}`)}</span>
          </p>
          {job.state === "paused" ? (
            <p className="translate-paused" role="status">
              {t(`errors:${job.errorCode ?? "deeplQuotaExceeded"}` as "errors:deeplQuotaExceeded")}
            </p>
          ) : null}
          {job.state === "failed" && job.errorCode ? <ErrorMessage id="translate-job-error" error={{ code: job.errorCode, params: {} }} /> : null}
          {!busy && job.failed > 0 ? <p className="translate-failed-note">{t("progress.failed", { count: job.failed })}</p> : null}
          {busy ? (
            <div className="actions">
              {job.state === "paused" ? (
                <button type="button" className="button primary" disabled={pending} onClick={() => act(() => resumeTranslationJob(job.id), setJob)}>
                  {t("panel.resume")}
                </button>
              ) : null}
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() =>
                  act(
                    () => cancelTranslationJob(job.id),
                    (cancelled) => {
                      setJob(cancelled);
                      router.refresh();
                    },
                  )
                }
              >
                {t("panel.cancel")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <ErrorMessage id="translate-error" error={error} />
      <RowTranslateActions />
    </div>
  );
}
