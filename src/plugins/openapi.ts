import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { appInfo } from '../app-info.ts';
import { XLSX_TYPE } from '../http/xlsx.ts';
import type { Access } from '../domain/access.ts';
import { describeOperations, describeRoute } from './openapi-operations.ts';

type Document = OpenAPIV3_1.Document;

/**
 * Error answers are problem+json: move their schemas under that media type. Lists (operations
 * with a `format` query parameter) also answer text/csv, and XLSX where `format` offers it.
 */
function describeMediaTypes(document: Document): Document {
  const csvUpload = document.paths?.['/v1/returns/bulk']?.post?.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
  if (csvUpload?.content) {
    csvUpload.content['text/csv'] = {
      schema: { type: 'string', description: 'A header row (odsCode,year,staffWte,qualifiedWte,…), then one row per return' },
    };
  }
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      const responses = (operation as OpenAPIV3_1.OperationObject | undefined)?.responses;
      if (!responses || typeof responses !== 'object') continue;
      const parameters = ((operation as OpenAPIV3_1.OperationObject).parameters ?? []) as OpenAPIV3_1.ParameterObject[];
      const ok = responses['200'] as OpenAPIV3_1.ResponseObject | undefined;
      const format = parameters.find((p) => p.in === 'query' && p.name === 'format');
      if (ok?.content && format) {
        ok.content['text/csv'] = {
          schema: { type: 'string', description: 'A header row, then one row per item; cells starting =, +, - or @ are prefixed with a quote' },
        };
        if ((format.schema as OpenAPIV3_1.SchemaObject | undefined)?.enum?.includes('xlsx')) {
          ok.content[XLSX_TYPE] = { schema: { type: 'string', contentMediaType: XLSX_TYPE, description: 'With ?format=xlsx: one sheet with the CSV columns, numbers as numbers' } };
        }
      }
      for (const [status, response] of Object.entries(responses)) {
        const content = (response as OpenAPIV3_1.ResponseObject).content;
        if (Number(status) >= 400 && content?.['application/json']) {
          content['application/problem+json'] = content['application/json'];
          // A refused atomic bulk file answers 422 with its ordinary JSON result.
          if (!(response as OpenAPIV3_1.ResponseObject).description?.startsWith('Atomic')) delete content['application/json'];
        }
      }
    }
  }
  return document;
}

/** The OpenAPI 3.1 document, generated from the zod route schemas, and its interactive docs. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: appInfo.title,
          version: appInfo.version,
          description: appInfo.description,
          contact: { name: 'NHS England knowledge and library services (workforce, training and education)', url: 'https://www.england.nhs.uk/' },
          license: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
        },
        servers: [{ url: '/' }],
        components: {
          securitySchemes: {
            apiKey: {
              type: 'http',
              scheme: 'bearer',
              description: 'An API key: `Authorization: Bearer <key>`',
            },
          },
        },
        security: [{ apiKey: [] }],
        tags: [
          { name: 'service', description: 'Health and service information' },
          { name: 'reference data', description: 'Regions and organisations' },
          { name: 'policy', description: 'Staff-ratio policy versions' },
          { name: 'reporting windows', description: 'When returns for a year are accepted' },
          { name: 'returns', description: "Organisations' annual returns and their revisions" },
          { name: 'access', description: 'API keys and the audit trail (admin)' },
          { name: 'monitoring', description: 'Live aggregates, trends and completeness, as HEE publishes them' },
          { name: 'annual cycle', description: 'Approving returns, progress, and the frozen publications of each year' },
          { name: 'library services', description: 'Library services shared by several organisations, and their returns' },
          { name: 'charts', description: 'Charts of the published figures as SVG, and the tables they draw' },
        ],
      },
      transform: (input) => {
        const { schema, url, route } = input;
        if (!schema || (schema as { hide?: boolean }).hide) return jsonSchemaTransform(input);
        const access = (route.config as { access?: Access } | undefined)?.access ?? 'admin';
        const method = String(Array.isArray(route.method) ? route.method[0] : route.method).toLowerCase();
        return jsonSchemaTransform({ ...input, schema: describeRoute(schema as never, url, method, access) as never });
      },
      transformObject: (documentObject) =>
        describeOperations(describeMediaTypes(jsonSchemaTransformObject(documentObject) as Document)),
    });
    // staticCSP: the docs page sends its own Content-Security-Policy with its scripts' hashes.
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
    // swagger-ui redirects /docs/static/index.html to /docs/ by rewriting the URL's end, so with
    // a query string it redirects to itself for ever: send such requests to the page directly.
    app.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/docs/static/index.html?')) return reply.redirect('/docs/');
    });
  },
  { name: 'openapi' },
);
