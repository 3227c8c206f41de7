import { describe, expect, it, vi } from "vitest";
import { AppError, toErrorPayload } from "./app-error";

describe("AppError", () => {
  it("recognises an AppError made by another copy of the module", async () => {
    vi.resetModules();
    const copy = await import("./app-error");
    expect(copy.AppError).not.toBe(AppError);
    const foreign = new copy.AppError("deeplQuotaExceeded", {}, 502);
    expect(foreign instanceof AppError).toBe(true);
    expect(toErrorPayload(foreign)).toEqual({ code: "deeplQuotaExceeded", params: {} });
  });

  it("does not take other errors for AppErrors, and subclasses keep their own instanceof", () => {
    class Special extends AppError {}
    expect(new Error("x") instanceof AppError).toBe(false);
    expect((null as unknown) instanceof AppError).toBe(false);
    expect(new Special("a") instanceof AppError).toBe(true);
    expect(new AppError("a") instanceof Special).toBe(false);
  });
});
