import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import { appInfo } from '../app-info.ts';

type Document = OpenAPIV3_1.Document;

/** Error answers are problem+json: move their schemas under that media type. */
function errorsAsProblemJson(document: Document): Document {
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      const responses = (operation as OpenAPIV3_1.OperationObject | undefined)?.responses;
      if (!responses || typeof responses !== 'object') continue;
      for (const [status, response] of Object.entries(responses)) {
        const content = (response as OpenAPIV3_1.ResponseObject).content;
        if (Number(status) >= 400 && content?.['application/json']) {
          content['application/problem+json'] = content['application/json'];
          delete content['application/json'];
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
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: (documentObject) =>
        errorsAsProblemJson(jsonSchemaTransformObject(documentObject) as Document),
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'openapi' },
);
