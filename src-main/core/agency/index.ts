// Agencies: which reports belong to the same reporting body (for the cross-report rules) and what kind of
// body it is (for the publication deadline).
export { agencyKey } from './agency-key.js';
export { agencyKind, type AgencyKind } from './kind.js';
export { linkReports, unlinkReports, sameAgencyReports, refreshAgencyKey, type AgencyReport } from './links.js';
