import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CATALOGUE, isMarsadError, type ErrorCode } from '../core/errors.js';
import { sizeText } from '../core/size-text.js';

/**
 * The JSON body of every error: a stable code from the catalogue, a message naming what is wrong,
 * the catalogue's hint, and the parameter at fault when there is one.
 *
 * @example errorBody('NOT_FOUND', 'no event "e-1"') // { error: { code: 'NOT_FOUND', message, hint } }
 */
export function errorBody(code: ErrorCode, message: string, parameter?: string) {
  return { error: { code, message, hint: ERROR_CATALOGUE[code].hint, ...(parameter ? { parameter } : {}) } };
}

// Fastify's own client errors, by status, mapped onto the catalogue.
const FASTIFY_CODES: Record<number, ErrorCode> = { 413: 'INPUT_TOO_LARGE', 415: 'INPUT_UNSUPPORTED' };

/** Sets the error and not-found handlers so that no response leaves without the catalogue's shape. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const unknown = issue.keyword === 'unrecognized_keys' ? (issue.params.keys as string[]) : [];
      if (unknown.length > 0) {
        const message = `${unknown[0]}: not a parameter of ${request.routeOptions.url} (see /docs)`;
        return reply.code(400).send(errorBody('BAD_REQUEST', message, unknown[0]));
      }
      const parameter = issue.instancePath.split('/')[1] || error.validationContext || 'request';
      return reply.code(400).send(errorBody('BAD_REQUEST', `${parameter}: ${issue.message}`, parameter));
    }
    if (isMarsadError(error)) {
      if (error.code === 'UNAUTHORIZED') reply.header('www-authenticate', 'Bearer');
      // Messages of the form "cursor: …" name the parameter at fault.
      const parameter = error.code === 'BAD_REQUEST' ? /^([a-z_]+):/.exec(error.message)?.[1] : undefined;
      return reply.code(error.httpStatus).send(errorBody(error.code, error.message, parameter));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        FASTIFY_CODES[status] ??
        (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'INPUT_BAD_JSON' : 'BAD_REQUEST');
      return reply.code(status).send(errorBody(code, bodyProblem(request, status) ?? error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('INTERNAL', 'the request failed on the server'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody('NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`)),
  );
}

/**
 * Fastify's own words for a refused body ("Request body is too large", "Unsupported Media Type") say
 * neither the limit nor what would be read; these name the request and what to send instead.
 */
function bodyProblem(request: FastifyRequest, status: number): string | undefined {
  const target = `${request.method} ${request.url.split('?')[0]}`;
  if (status === 413) {
    return `${target}: the body is over the ${sizeText(request.routeOptions.bodyLimit ?? 0)} limit for one request`;
  }
  if (status === 415) {
    const type = request.headers['content-type'] ?? 'none';
    return `${target}: a body of type "${type}" is not read; send application/json, text/plain or text/html`;
  }
  return undefined;
}
