import { calendarDate, dayNumber } from '@/lib/progress/days';

/** Offers text to the learner as a file download, without a server. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The learner's local date as YYYY-MM-DD. */
export function localIsoDate(now: number): string {
  return calendarDate(dayNumber(now, new Date(now).getTimezoneOffset()))
    .toISOString()
    .slice(0, 10);
}

/** shizheng-progress-李雷-2026-01-05.json: names keep their letters, in any script. */
export function exportFileName(profileName: string, now: number): string {
  const slug = profileName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `shizheng-progress-${slug || 'profile'}-${localIsoDate(now)}.json`;
}

/** Saved text that could not be read may not even be JSON, so it goes out as plain text. */
export function backupFileName(backupKey: string): string {
  const stamp = backupKey.split(':').pop() ?? '';
  return `shizheng-backup-${stamp.replace(/[^0-9A-Za-z-]/g, '') || 'data'}.txt`;
}
