import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../../paths.js';
import { openApiDocument } from '../api/openapi.js';
import { type AnyApiRoute, apiRoute } from '../api/route.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/**
 * `GET /api/openapi.json`, describing `routes` — which include this route itself, so the document
 * lists every endpoint the app serves.
 */
export function openApiRoute(routes: () => readonly AnyApiRoute[]): AnyApiRoute {
  let doc: Record<string, unknown> | undefined;
  return apiRoute({
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This document: the OpenAPI 3.1 description of the API',
    tag: 'operations',
    access: 'public',
    response: z.record(z.string(), z.unknown()),
    async handle() {
      doc ??= openApiDocument(routes(), { version: packageVersion() });
      return doc;
    },
  });
}
