"use client";

import { useEffect } from "react";

/**
 * Marks the page once React has hydrated it (its effects run after those of the components before it), so
 * end-to-end tests act on the page only when its handlers are attached: on a loaded machine a click on server
 * markup that is not interactive yet is lost.
 */
export function InteractiveMark() {
  useEffect(() => {
    document.documentElement.dataset.interactive = "true";
  }, []);
  return null;
}
