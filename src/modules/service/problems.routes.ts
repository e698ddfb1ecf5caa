import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeProblem, problemCatalogue } from '../../errors/problem-catalogue.ts';
import { notFound } from '../../errors/problem.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { problemBase } from '../../http/problem-uri.ts';

/*
 * What each problem `type` means: every problem answer's `type` is this service's
 * /problems/{name}, and resolves here. Who: anyone (it reveals only this documentation).
 */
const description = z
  .object({
    name: z.string(),
    type: z.string().describe('The absolute URI problem answers carry in `type`'),
    title: z.string(),
    status: z.array(z.number().int()).describe('The HTTP statuses answered with this type'),
    description: z.string(),
    whatToDo: z.string(),
  })
  .meta({ id: 'ProblemType' });

const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  const withType = (base: string, entry: (typeof problemCatalogue)[number]) => ({ ...entry, type: `${base}/problems/${entry.name}` });
  // Without PUBLIC_URL the URIs name the Host the request came to: no shared cache keeps them
  // (a proxy's X-Forwarded-Host would be beyond Vary), and a browser keeps one per Host.
  const cached = app.config.publicUrl ? { 'cache-control': 'public, max-age=86400' } : { 'cache-control': 'private, max-age=3600', vary: 'Host' };

  app.get(
    '/problems',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        operationId: 'listProblemTypes',
        summary: 'Every problem type the API answers with',
        description: 'The `type` of every problem+json answer is one of these URIs.',
        security: [],
        response: { 200: z.object({ data: z.array(description) }) },
      },
    },
    async (request, reply) => reply.headers(cached).send({ data: problemCatalogue.map((entry) => withType(problemBase(request), entry)) }),
  );

  app.get(
    '/problems/:name',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        operationId: 'getProblemType',
        summary: 'What a problem type means and what to do about it',
        security: [],
        params: z.object({ name: z.string().regex(/^[a-z-]{1,40}$/).meta({ description: 'e.g. validation-error', example: 'validation-error' }) }),
        response: { 200: description, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const entry = describeProblem(request.params.name);
      if (!entry) throw notFound(`There is no problem type ${request.params.name}; GET /problems lists them.`);
      return reply.headers(cached).send(withType(problemBase(request), entry));
    },
  );
};

export default problemRoutes;
