import { exportIssuedLetters } from './issued-export.ts';
import type { FeatureHandlers } from '../ipc/dispatch.ts';
import type { letterChannels } from '../../../shared/ipc/channels/letters.ts';
import { draftLetter, issueLetter, voidLetter } from './issue-service.ts';
import { letterOptions } from './options-service.ts';
import { warmRenderWorker } from './render-client.ts';
import { listIssued } from './issued-queries.ts';
import { verifyPdf, verifyText } from './verify-service.ts';
import { uploadBytes } from '../uploads/upload-registry.ts';
import { bulkResult, bulkStatus, startBulk } from './bulk-jobs.ts';
import { getLogo, officeSettingsView, removeLogo, saveOfficeSettings, uploadLogo } from './office-settings-service.ts';
import { checkedIssuedPdf } from './serve-issued.ts';
import { caseSigners, setSigner } from './signer-service.ts';
import { defaultLegalBasis, getLegalBasis, saveLegalBasis } from './legal-basis-service.ts';

export const letterHandlers: FeatureHandlers<typeof letterChannels> = {
  'letters:options': (req, ctx) => {
    // The screen that previews letters opens: the renderer gets ready while the clerk chooses.
    void warmRenderWorker(ctx.resourcesDir);
    return letterOptions(ctx, req.id);
  },
  'letters:draft': (req, ctx) => draftLetter(ctx, req),
  'letters:issue': (req, ctx) => issueLetter(ctx, req),
  'letters:list': (req, ctx) => listIssued(ctx.db, req),
  'letters:export': (req, ctx) => {
    const { format, ...filter } = req;
    return exportIssuedLetters(ctx, filter, format);
  },
  'letters:pdf': (req, ctx) => checkedIssuedPdf(ctx, req.id),
  'letters:void': (req, ctx) => voidLetter(ctx, req.id, req.reason),
  'letters:verify': async (req, ctx) => ('text' in req ? verifyText(ctx, req.text) : verifyPdf(ctx, (await uploadBytes(ctx, req.uploadId, 'verify')).bytes)),
  'letters:bulkStart': (req, ctx) => startBulk(ctx, req.ids),
  'letters:bulkStatus': (req) => bulkStatus(req.jobId),
  'letters:bulkResult': (req) => bulkResult(req.jobId),
  'letters:settings': (_req, ctx) => officeSettingsView(ctx),
  'letters:saveSettings': (req, ctx) => saveOfficeSettings(ctx, req),
  'letters:uploadLogo': async (req, ctx) => uploadLogo(ctx, (await uploadBytes(ctx, req.uploadId, 'logo')).bytes),
  'letters:removeLogo': (_req, ctx) => removeLogo(ctx),
  'letters:logo': (_req, ctx) => getLogo(ctx),
  'letters:legalBasis': (_req, ctx) => ({ current: getLegalBasis(ctx), defaults: defaultLegalBasis() }),
  'letters:saveLegalBasis': (req, ctx) => saveLegalBasis(ctx, req),
  'letters:signers': (req, ctx) => caseSigners(ctx, req.id),
  'letters:setSigner': (req, ctx) => setSigner(ctx, req),
};
