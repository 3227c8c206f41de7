"use client";

import { useActionState, useState, type ReactNode } from "react";
import type { ErrorPayload } from "@/lib/errors/app-error";
import { MAX_EXCHANGE_BYTES } from "@/lib/export/read-exchange-file";
import { fileTooLarge, formatBytes } from "@/lib/import/limits";
import { ErrorMessage } from "./error-message";
import "./exchange.css";

export interface UploadState<R> {
  result?: R;
  error?: ErrorPayload;
}

export interface UploadFormProps<R> {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  action: (state: UploadState<R>, formData: FormData) => Promise<UploadState<R>>;
  fileLabel: (limit: string) => string;
  accept: string;
  submitLabel: string;
  pendingLabel: string;
  describeResult: (result: R) => ReactNode;
  /** Fields sent with the file. */
  children?: ReactNode;
}

/**
 * Uploads an exchange file (XLIFF, TMX) to a server action and shows its answer: the result in a status region,
 * a refusal as a translated alert. A file over the limit is refused before upload, with the server's message.
 */
export function UploadForm<R>({ id, action, fileLabel, accept, submitLabel, pendingLabel, describeResult, children }: UploadFormProps<R>) {
  const [state, formAction, pending] = useActionState(action, {});
  const [fileError, setFileError] = useState<ErrorPayload | null>(null);
  const error = fileError ?? state.error;
  return (
    <form action={formAction} className="form" aria-describedby={error ? `${id}-error` : undefined}>
      <div className="field">
        <label htmlFor={`${id}-file`}>{fileLabel(formatBytes(MAX_EXCHANGE_BYTES))}</label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept={accept}
          required
          data-autofocus
          onChange={(event) => {
            const file = event.target.files?.[0];
            setFileError(file ? fileTooLarge(file.size, MAX_EXCHANGE_BYTES) : null);
          }}
        />
      </div>
      {children}
      {/* One grid cell for both live regions, so the empty pair adds no gap. */}
      <div className="upload-feedback">
        <ErrorMessage id={`${id}-error`} error={error} />
        <div role="status" className="upload-result">
          {state.result && !pending ? describeResult(state.result) : null}
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={pending || fileError !== null}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
