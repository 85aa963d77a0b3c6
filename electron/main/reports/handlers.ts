import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { reportChannels } from '../../../shared/ipc/channels/reports.ts';
import { getSiasnMappingSaved, saveSiasnMapping, siasnMappingKeys } from './siasn-mapping.ts';
import { collectSiasnExport, siasnCsv, siasnXlsx } from './siasn-export.ts';
import { buildRecap, recapOptions } from './recap-service.ts';
import { exportRecap } from './recap-export.ts';

export const reportHandlers: FeatureHandlers<typeof reportChannels> = {
  'reports:siasnMapping': (_req, ctx) => ({ ...getSiasnMappingSaved(ctx), keys: siasnMappingKeys() }),
  'reports:saveSiasnMapping': (req, ctx) => saveSiasnMapping(ctx, req),
  'reports:siasnExport': async (req, ctx) => {
    const exp = collectSiasnExport(ctx, req.from, req.to, { includeReceived: req.includeReceived });
    const rows = exp.rows.map((r) => r.row);
    const bytes = req.format === 'csv' ? siasnCsv(rows) : await siasnXlsx(rows);
    return { fileName: `siasn-hukdis-${req.from}-${req.to}.${req.format}`, fileBase64: bytes.toString('base64'), exported: rows.length, skipped: exp.skipped };
  },
  'reports:recapOptions': (_req, ctx) => recapOptions(ctx),
  'reports:recap': (req, ctx) => buildRecap(ctx, req),
  'reports:recapExport': (req, ctx) => exportRecap(ctx, req),
};
