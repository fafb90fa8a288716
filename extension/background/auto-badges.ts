/**
 * Automatic badges: when the user grants host access (optional in the manifest), the content
 * script is registered for every http(s) page; when access is taken back, it is unregistered.
 * Without it the content script only runs when the popup injects it (activeTab).
 */
import type { Browser } from '../shared/browser';
import { AUTO_HOSTS } from '../shared/hosts';

const SCRIPT_ID = 'provenance-lens-content';

/** Brings the content-script registration in line with the granted permissions. */
export async function syncContentScript(api: Browser): Promise<boolean> {
  const granted = await api.permissions.contains({ origins: AUTO_HOSTS });
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted && registered.length === 0) {
    await api.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: ['content.js'],
        matches: AUTO_HOSTS,
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  return granted;
}
