/** The host access that automatic badges need (manifest `optional_host_permissions`). */
export const AUTO_HOSTS = ['http://*/*', 'https://*/*'];
