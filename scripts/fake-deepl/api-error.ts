/** A refusal the fake answers with its HTTP status and DeepL's `{ "message": … }` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
