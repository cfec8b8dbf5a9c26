import type { exportContract } from '../../../shared/contract/export.js';
import type { DomainHandlers } from '../../../shared/contract/method.js';
import { libraryOf } from '../checks/library-of.js';
import type { AppContext } from '../context.js';
import { exchangeEnv, importStaging } from '../exchange/exchange-env.js';
import { checkInputFile, inputLimits } from '../files/input-file.js';
import { exportToFile } from '../exchange/exchange-service.js';
import { openErrors } from '../exchange/open-errors.js';
import { currentAuthor } from '../mappings/author.js';

export function exportHandlers(ctx: AppContext): DomainHandlers<typeof exportContract> {
  return {
    export: async ({ output, ...request }) => {
      const project = ctx.projects.require();
      const target = ctx.files.output(output);
      const report = await exportToFile(project, exchangeEnv(ctx), request, target.path);
      return { ...report, file: target.finish() };
    },
    openErrors: (scope) => openErrors(ctx.projects.require(), libraryOf(ctx), scope),
    importPreview: ({ file, format, defaultStatus, schemeId, columns }) => {
      const project = ctx.projects.require();
      const resolved = ctx.files.resolve(file);
      checkInputFile(resolved, 'mappingTable', inputLimits(ctx.settings.settings));
      return importStaging(ctx).preview(project, exchangeEnv(ctx), {
        path: resolved.path,
        name: resolved.name,
        format,
        defaultStatus,
        schemeId,
        columns,
      });
    },
    importCommit: ({ token }) => importStaging(ctx).commit(ctx.projects.require(), token, currentAuthor(ctx)),
    importCancel: ({ token }) => {
      importStaging(ctx).cancel(token);
      return null;
    },
  };
}
