import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

export default defineDetector({
  id: 'azure-storage-account-opened',
  provider: 'azure',
  title: 'Storage account or container opened up',
  severity: 'high',
  attack: [{ tactic: 'exfiltration', technique: 'T1537', name: 'Transfer Data to Cloud Account' }],
  description:
    'A storage account now allows anonymous blob access, shared-key access, plain HTTP or all networks, or a container was made public: data can be read from outside with nothing but a URL or a key.',
  falsePositives: ['Static website and public download accounts (tag them).'],
  references: ['https://attack.mitre.org/techniques/T1537/', 'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent'],
  actions: ['microsoft.storage/storageaccounts/write', 'microsoft.storage/storageaccounts/blobservices/containers/write'],
  defaultOptions: {},
  optionDocs: {},
  messages: { opened: '{{principal}} changed {{resource}} so that it {{what}}, from {{sourceIp}}.' },
  create: eachEvent((e) => {
    if (!succeeded(e) || e.request === null) return null;
    const p = (field(e.request, 'properties') ?? {}) as Record<string, unknown>;
    const what: string[] = [];
    if (p['allowBlobPublicAccess'] === true) what.push('allows anonymous blob access');
    if (p['allowSharedKeyAccess'] === true) what.push('accepts shared-key access');
    if (p['supportsHttpsTrafficOnly'] === false) what.push('accepts plain HTTP');
    if (text(p['publicNetworkAccess'], '').toLowerCase() === 'enabled') what.push('is reachable from all networks');
    // A full account definition (with a location) restating defaults is a deployment, not a change of mind.
    if (text(field(p, 'networkAcls', 'defaultAction'), '').toLowerCase() === 'allow' && field(e.request, 'location') === undefined)
      what.push('accepts traffic from all networks');
    const access = text(p['publicAccess'], '').toLowerCase();
    if (access === 'blob' || access === 'container') what.push(`serves its ${access === 'blob' ? 'blobs' : 'container listing'} to anyone`);
    if (what.length === 0) return null;
    return { messageId: 'opened', data: { resource: e.resource ?? 'unknown', what: what.join(' and ') }, evidence: { changes: what } };
  }),
});
