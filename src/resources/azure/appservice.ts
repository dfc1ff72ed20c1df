/** Azure App Service (Microsoft.Web, @azure/arm-appservice). region = location. */
import type { DiagnosticSetting, ManagedIdentity } from './common.js';

/** Web Apps - Get Configuration (`GET .../sites/{name}/config/web`): the siteConfig fields CIS reads. */
export interface WebAppSiteConfig {
  /** minTlsVersion: '1.0' | '1.1' | '1.2' | '1.3'. */
  readonly minTlsVersion: string | null;
  readonly scmMinTlsVersion: string | null;
  /** ftpsState: 'AllAllowed' | 'FtpsOnly' | 'Disabled'. */
  readonly ftpsState: string | null;
  readonly http20Enabled: boolean | null;
  readonly remoteDebuggingEnabled: boolean | null;
  /** httpLoggingEnabled: file-system HTTP logs. */
  readonly httpLoggingEnabled: boolean | null;
  /** linuxFxVersion, e.g. 'PYTHON|3.12', 'NODE|20-lts'; '' for Windows apps. */
  readonly linuxFxVersion: string | null;
  readonly phpVersion: string | null;
  readonly pythonVersion: string | null;
  readonly javaVersion: string | null;
  readonly netFrameworkVersion: string | null;
  readonly alwaysOn: boolean | null;
}

/**
 * A web or function app (Web Apps - List, `GET /subscriptions/{id}/providers/Microsoft.Web/sites`,
 * api-version 2023-12-01), hydrated with its configuration, authentication settings, basic
 * publishing credential policies and diagnostic settings. CIS v5 6.1.1.6 (HTTP logs); v2.1/v3 section 9.
 */
export interface WebApp {
  /** kind, e.g. 'app', 'app,linux', 'functionapp', 'functionapp,linux'. */
  readonly kind: string | null;
  /** state: 'Running' | 'Stopped'. */
  readonly state: string | null;
  readonly defaultHostName: string | null;
  readonly httpsOnly: boolean | null;
  readonly clientCertEnabled: boolean | null;
  /** clientCertMode: 'Required' | 'Optional' | 'OptionalInteractiveUser'. */
  readonly clientCertMode: string | null;
  readonly publicNetworkAccess: string | null;
  readonly identity: ManagedIdentity | null;
  /** null when the configuration could not be read. */
  readonly siteConfig: WebAppSiteConfig | null;
  /** Web Apps - Get Auth Settings V2 Without Secrets (`GET .../config/authsettingsV2`): platform.enabled; null when not readable. */
  readonly authEnabled: boolean | null;
  /** basicPublishingCredentialsPolicies/ftp and /scm: allow; null when not collected. */
  readonly basicAuth: { readonly ftpAllowed: boolean; readonly scmAllowed: boolean } | null;
  /** Diagnostic settings (category 'AppServiceHTTPLogs'); null when not collected. */
  readonly diagnosticSettings: readonly DiagnosticSetting[] | null;
}
