// Apart from the scheduler, so that a page can say when a card comes back without loading FSRS.

/** 10 分钟 / 10 min, 3 天 / 3 d, 2 个月 / 2 mo: how long until a card comes back. */
export function formatInterval(ms: number): { zh: string; en: string } {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { zh: `${minutes} 分钟`, en: `${minutes} min` };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { zh: `${hours} 小时`, en: `${hours} h` };
  const days = Math.round(hours / 24);
  if (days < 31) return { zh: `${days} 天`, en: `${days} d` };
  const months = Math.round(days / 30);
  if (months < 12) return { zh: `${months} 个月`, en: `${months} mo` };
  const years = Math.round((days / 365) * 10) / 10;
  return { zh: `${years} 年`, en: `${years} y` };
}
