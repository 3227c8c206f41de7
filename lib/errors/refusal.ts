import { AppError } from "./app-error";

/**
 * For tests: the AppError a call refuses with, whether it throws or rejects. Anything
 * else thrown fails the test as it is, and so does a call that does not refuse.
 */
export async function refusal(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}
