"use client";

import { useRef, useState, type DragEvent } from "react";

export interface FileDropZoneProps {
  id: string;
  name: string;
  accept: string;
  label: string;
  prompt: string;
  activePrompt: string;
  onFileChange: (file: File | undefined) => void;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");

/**
 * A file input inside a marked area that also takes a dropped file. The drop fills the
 * same input (through a DataTransfer), so the form sends a dropped file exactly like a
 * chosen one; keyboard and screen-reader users keep the ordinary input.
 */
export function FileDropZone({ id, name, accept, label, prompt, activePrompt, onFileChange }: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function over(event: DragEvent<HTMLDivElement>) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file || !input.current) return;
    // Handled here, or the browser would open the file in place of the app.
    event.preventDefault();
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.current.files = transfer.files;
    onFileChange(file);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div
        className={dragging ? "drop-zone is-dragging" : "drop-zone"}
        data-testid="drop-zone"
        onDragEnter={over}
        onDragOver={over}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={drop}
      >
        <p className="drop-zone-prompt">{dragging ? activePrompt : prompt}</p>
        <input
          ref={input}
          id={id}
          name={name}
          type="file"
          accept={accept}
          onChange={(event) => onFileChange(event.target.files?.[0])}
        />
      </div>
    </div>
  );
}
