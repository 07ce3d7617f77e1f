import type { GraphQLFormattedError } from 'graphql';

/**
 * Error codes a client may see with their own message. Everything else is a fault: the client gets a
 * generic message and the request id, the log gets the detail.
 */
export const CLIENT_ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_ROOT_FIELDS',
  'TOO_MANY_TOKENS',
  'QUERY_TOO_COSTLY',
  'PAGE_SIZE_EXCEEDED',
  'BAD_PAGE_SIZE',
  'PAYLOAD_TOO_LARGE',
]);

const LEAKY =
  /(https?:\/\/|ECONNREFUSED|ETIMEDOUT|\bselect\b|\binsert\b|\bupdate\b|\bdelete\b|relation "|\bat .+:\d+:\d+)/i;

/**
 * Masks one error on its way to the client: strips `serviceName`, stack traces and exception details
 * from every error, and replaces the message of anything not a known client error.
 */
export function maskGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  const fromSubgraph = 'serviceName' in ext;
  const requestId = ext.requestId;
  const field = ext.field;
  if (CLIENT_ERROR_CODES.has(code) && !LEAKY.test(formatted.message)) {
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code, ...(field ? { field } : {}), ...(requestId ? { requestId } : {}) },
    };
  }
  return {
    message: fromSubgraph ? 'A backing service failed; the data may be partial' : 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: fromSubgraph ? 'SUBGRAPH_ERROR' : 'INTERNAL_SERVER_ERROR' },
  };
}
