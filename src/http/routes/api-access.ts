import type { Context } from 'hono';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../access/api-tokens.js';
import type { ActionContext } from '../../access/context.js';
import { anyRole, dpoOnly, roleSchema } from '../../access/roles.js';
import {
  changeRole,
  createUser,
  getUser,
  listUsers,
  resetPassword,
  setUserDisabled,
} from '../../access/users.js';
import { presentToken, presentUser, tokenJson, userJson } from '../api/presenters.js';
import { type AnyApiRoute, apiRoute } from '../api/route.js';
import type { AppEnv } from '../env.js';

function action(c: Context<AppEnv>): ActionContext {
  return { actor: c.var.principal?.actor ?? 'anonymous', now: c.var.deps.clock() };
}

const idParams = z.object({ id: z.string().describe('the id (a UUID)') });

/** People and tokens over the API: the same services the console's Users page uses. */
export const accessApiRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'get',
    path: '/api/me',
    operationId: 'getMe',
    summary: 'Who the request is authenticated as',
    tag: 'access',
    access: anyRole,
    response: z.object({
      kind: z.enum(['session', 'token']),
      role: roleSchema,
      actor: z.string(),
      email: z.string().optional(),
      tokenName: z.string().optional(),
    }),
    async handle(c) {
      const p = c.var.principal!;
      return p.kind === 'session'
        ? { kind: p.kind, role: p.role, actor: p.actor, email: p.session.email }
        : { kind: p.kind, role: p.role, actor: p.actor, tokenName: p.token.name };
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/users',
    operationId: 'listUsers',
    summary: 'Every user, oldest first',
    tag: 'access',
    access: dpoOnly,
    response: z.object({ users: z.array(userJson) }),
    async handle(c) {
      return { users: (await listUsers(c.var.deps.db)).map(presentUser) };
    },
  }),

  apiRoute({
    method: 'post',
    path: '/api/users',
    operationId: 'createUser',
    summary: 'Add a user; without a password one is generated and returned once',
    tag: 'access',
    access: dpoOnly,
    status: 201,
    body: z.object({
      email: z.string().min(1).max(254),
      role: roleSchema,
      password: z.string().min(12).max(256).optional(),
    }),
    response: z.object({
      user: userJson,
      generatedPassword: z.string().optional().describe('only when no password was given; shown once'),
    }),
    async handle(c, { body }) {
      const { user, generatedPassword } = await createUser(c.var.deps.db, body, action(c));
      return generatedPassword ? { user: presentUser(user), generatedPassword } : { user: presentUser(user) };
    },
  }),

  apiRoute({
    method: 'patch',
    path: '/api/users/:id',
    operationId: 'updateUser',
    summary: "Change a user's role, or disable or enable them",
    tag: 'access',
    access: dpoOnly,
    params: idParams,
    body: z
      .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
      .refine((b) => b.role !== undefined || b.disabled !== undefined, 'give role, disabled or both'),
    response: z.object({ user: userJson }),
    async handle(c, { params, body }) {
      const db = c.var.deps.db;
      if (body.role !== undefined) await changeRole(db, params.id, body.role, action(c));
      if (body.disabled !== undefined) await setUserDisabled(db, params.id, body.disabled, action(c));
      return { user: presentUser(await getUser(db, params.id)) };
    },
  }),

  apiRoute({
    method: 'post',
    path: '/api/users/:id/password-reset',
    operationId: 'resetPassword',
    summary: 'Give a user a new one-time password (returned once); their sessions end',
    tag: 'access',
    access: dpoOnly,
    params: idParams,
    response: z.object({ generatedPassword: z.string() }),
    async handle(c, { params }) {
      return { generatedPassword: await resetPassword(c.var.deps.db, params.id, action(c)) };
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/tokens',
    operationId: 'listTokens',
    summary: 'Every API token, newest first, revoked ones included',
    tag: 'access',
    access: dpoOnly,
    response: z.object({ tokens: z.array(tokenJson) }),
    async handle(c) {
      return { tokens: (await listApiTokens(c.var.deps.db)).map(presentToken) };
    },
  }),

  apiRoute({
    method: 'post',
    path: '/api/tokens',
    operationId: 'createToken',
    summary: 'Create an API token; the secret is returned once',
    tag: 'access',
    access: dpoOnly,
    status: 201,
    body: z.object({ name: z.string().min(1).max(100), role: roleSchema }),
    response: z.object({ token: tokenJson, secret: z.string().describe('gs_…; shown once') }),
    async handle(c, { body }) {
      const { token, secret } = await createApiToken(c.var.deps.db, body, action(c));
      return { token: presentToken(token), secret };
    },
  }),

  apiRoute({
    method: 'delete',
    path: '/api/tokens/:id',
    operationId: 'revokeToken',
    summary: 'Revoke an API token (it stays listed, as evidence)',
    tag: 'access',
    access: dpoOnly,
    params: idParams,
    response: z.object({ token: tokenJson }),
    async handle(c, { params }) {
      return { token: presentToken(await revokeApiToken(c.var.deps.db, params.id, action(c))) };
    },
  }),
];
