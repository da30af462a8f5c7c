import { MOTION, THEMES } from '@/lib/progress/schema';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/** 'system' is no attribute at all: the stylesheet's media queries decide (see ThemeApplier). */
const notSystem = (values: readonly string[]) => values.filter((v) => v !== 'system');

/**
 * Runs in <head> before the first paint: puts the active profile's theme and motion on <html>,
 * so a dark-theme learner never sees a flash of light, and marks <html data-saved> when there is
 * saved progress, so pages hide what they drew for a learner with none until it is read;
 * <html data-studied> when the active profile has answered anything (practice's starter quiz is
 * for a learner who has not); and <html data-query> when the address has a query, so pages that
 * read theirs after hydration (practice, the classroom's ?q=) hide what they drew for an address
 * without one. Plain ES5 in a string, since
 * it runs before any bundle; any surprise in the saved data leaves the defaults.
 */
export const THEME_SCRIPT = `(function(){try{
var r=document.documentElement;
if(location.search.length>1)r.setAttribute('data-query','');
var raw=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.progress)});
if(raw!==null)r.setAttribute('data-saved','');
var s=JSON.parse(raw||'null');
if(!s||!s.profiles||!s.profiles.length)return;
var p=s.profiles[0];
for(var i=0;i<s.profiles.length;i++){if(s.profiles[i]&&s.profiles[i].id===s.activeProfile)p=s.profiles[i];}
if(p&&p.reviews&&p.reviews.length>0)r.setAttribute('data-studied','');
var o=p&&p.settings;if(!o)return;
if(${JSON.stringify(notSystem(THEMES))}.indexOf(o.theme)>=0)r.setAttribute('data-theme',o.theme);
if(${JSON.stringify(notSystem(MOTION))}.indexOf(o.motion)>=0)r.setAttribute('data-motion',o.motion);
}catch(e){}})();`;
