/** Document and range formatting: the service's formatter, edit for edit. */
import { formatDocument } from '../service/formatter';
import type { Feature } from './feature';

export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(ctx) {
    ctx.connection.onDocumentFormatting(({ textDocument }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? formatDocument(hit.document, hit.parsed) : null;
    });
    ctx.connection.onDocumentRangeFormatting(({ textDocument, range }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? formatDocument(hit.document, hit.parsed, range) : null;
    });
  },
};
