import { z } from 'zod';
import type { AnyApiRoute } from './route.js';

/**
 * The OpenAPI 3.1 document, generated from the route declarations and the zod schemas that validate
 * requests. OpenAPI 3.1 uses JSON Schema 2020-12, which is what `z.toJSONSchema` writes.
 */

type JsonObject = Record<string, unknown>;

/** `/api/users/:id` → `/api/users/{id}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonObject[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const properties = (s.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(route: AnyApiRoute): JsonObject {
  const secured = route.access !== 'public';
  const responses: JsonObject = {
    [String(route.status ?? 200)]: {
      description: 'success',
      content: route.file
        ? { [route.file.mediaType]: { schema: { type: 'string', format: 'binary' } } }
        : { 'application/json': { schema: jsonSchema(route.response, 'output') } },
    },
    ...(route.params || route.query || route.body ? { 400: errorResponse('invalid request') } : {}),
    ...(secured
      ? { 401: errorResponse('no valid session or token'), 403: errorResponse('role not allowed') }
      : {}),
    ...(route.params ? { 404: errorResponse('not found') } : {}),
  };
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    ...(secured
      ? { security: [{ bearer: [] }, { session: [] }], 'x-roles': [...route.access] }
      : { security: [] }),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/**
 * @example
 *   const doc = openApiDocument(apiRoutes, { version: '0.1.0' });
 *   doc.paths['/api/users/{id}'].patch.operationId; // 'updateUser'
 */
export function openApiDocument(routes: readonly AnyApiRoute[], info: { version: string }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    (paths[path] as JsonObject)[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Grondslag API',
      version: info.version,
      description:
        'Privacy operations from one policy file. Authenticate with `Authorization: Bearer gs_…` ' +
        '(create a token with `grondslag token create`). Errors are `{ error: { code, message } }`.',
    },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'an API token, gs_…' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'gs_session',
          description: 'the console session; state changes also need the X-CSRF-Token header',
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', description: 'stable, e.g. VALIDATION_FAILED' },
                message: { type: 'string' },
                details: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      path: { type: 'string' },
                      message: { type: 'string' },
                      code: { type: 'string' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
