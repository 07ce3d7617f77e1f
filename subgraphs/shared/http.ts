import type { ErrorRequestHandler, Response } from 'express';

/** A GraphQL-shaped error response for failures before GraphQL runs (auth, body, limits). */
export function sendGraphQLError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/**
 * Turns body-parser failures into clear 4xx answers with a code: malformed JSON is 400 BAD_REQUEST,
 * an oversized body 413 PAYLOAD_TOO_LARGE. Anything else is a 500 without detail.
 */
export function bodyErrorHandler(requestId: (res: Response) => string | undefined): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const rid = { requestId: requestId(res) };
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than allowed', rid);
    }
    if (type === 'entity.parse.failed') {
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON', rid);
    }
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      return sendGraphQLError(res, status, 'BAD_REQUEST', 'The request could not be read', rid);
    }
    return sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', rid);
  };
}
