import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES, fieldOfVariableError, isClientError } from '../subgraphs/shared/errors.ts';
import { withoutSuggestions } from '../subgraphs/shared/http.ts';

export { CLIENT_ERROR_CODES };

/** Apollo's own request errors that carry an HTTP status but no code: the caller's mistake. */
const requestErrorCode = (error: unknown): string | undefined => {
  if (!(error instanceof GraphQLError) || error.originalError) return undefined;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return status && status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined;
};

/**
 * Masks one error on its way to the client, by its class and code only (never by its text): a client
 * error — raised on purpose with a client code, by the gateway or by a subgraph (which masked its own
 * faults already) — keeps its message, minus schema hints outside development; anything else becomes
 * a generic message. Stack traces, exception details and subgraph names never leave.
 */
export function maskGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const ext = (formatted.extensions ?? {}) as Record<string, unknown>;
  const fromSubgraph = 'serviceName' in ext;
  const code =
    typeof ext.code === 'string' && ext.code !== 'INTERNAL_SERVER_ERROR'
      ? ext.code
      : (requestErrorCode(error) ?? 'INTERNAL_SERVER_ERROR');
  const { requestId, limit, actual, dropped } = ext;
  const field = ext.field ?? (code === 'BAD_USER_INPUT' ? fieldOfVariableError(formatted.message) : null);
  if (isClientError(code, error)) {
    return {
      message: development ? formatted.message : withoutSuggestions(formatted.message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code,
        ...(field ? { field } : {}),
        ...(limit !== undefined ? { limit, actual } : {}),
        ...(typeof dropped === 'number' ? { dropped } : {}),
        ...(requestId ? { requestId } : {}),
      },
    };
  }
  return {
    message: fromSubgraph ? 'A backing service failed; the data may be partial' : 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: fromSubgraph ? 'SUBGRAPH_ERROR' : 'INTERNAL_SERVER_ERROR',
      ...(requestId ? { requestId } : {}),
    },
  };
}
