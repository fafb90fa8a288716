/** A capture's status in the popup's words, coloured like the popup's header. */
import type { Status } from '../../../src/report';
import { statusLook } from '../../shared/status';
import { useEnv } from '../context';

export function StatusPill({ status }: { status: Status }) {
  const { t } = useEnv();
  return <span class={`status status--${status}`}>{t(statusLook(status).labelKey)}</span>;
}
