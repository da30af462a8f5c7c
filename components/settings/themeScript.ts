import { MOTION, THEMES } from '@/lib/progress/schema';
import { DEFAULT_PROFILE_NAMES } from '@/lib/progress/default-names';
import { EARLY_PROFILES_GLOBAL } from './earlyProfiles';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/** The language links (components/LocaleSwitcherLinks.tsx). */
export const LOCALE_LINK_SELECTOR = '.locale-links a';

/** 'system' is no attribute at all: the stylesheet's media queries decide (see ThemeApplier). */
const notSystem = (values: readonly string[]) => values.filter((v) => v !== 'system');

/**
 * Runs in <head> before the first paint: puts the active profile's theme and motion on <html>,
 * so a dark-theme learner never sees a flash of light, and marks <html data-saved> when there is
 * saved progress, so pages hide what they drew for a learner with none until it is read;
 * <html data-studied> when the active profile has answered anything (practice's starter quiz is
 * for a learner who has not); <html data-own-queue> when the flashcards' first card may not be a first
 * visit's (the active profile has answered, takes no new cards, or asks its questions in another
 * language than this interface's, by its settings or by the device's last choice
 * (components/DisplayLanguage.tsx), or answers wait to be merged, or the save could not be read),
 * so the cards page hides the card its HTML holds until the learner's own queue is read. The
 * device notes its language even when nobody chose one (the interface's own): that is no reason
 * to hide a first visit's card; the profiles' names for the header's menu (earlyProfiles.ts),
 * and <html data-own-profiles> when they are not a first visit's one profile under its default
 * name, or cannot be read, so the menu the HTML holds (a first visit's) is hidden until it is
 * drawn with theirs; and <html data-query> when the address has a query, so pages that
 * read theirs after hydration (practice, the classroom's ?q=) hide what they drew for an address
 * without one. It also joins the address's query to the language links whenever one is used
 * (clicked, opened in a new tab, focused or pointed at), before hydration as after it, so that
 * 中文 / English keeps the deck or quiz the address names. Plain ES5 in a string, since
 * it runs before any bundle; any surprise in the saved data leaves the defaults.
 */
export const THEME_SCRIPT = `(function(){try{
var r=document.documentElement;
if(location.search.length>1)r.setAttribute('data-query','');
var join=function(e){var a=e.target&&e.target.closest&&e.target.closest(${JSON.stringify(LOCALE_LINK_SELECTOR)});if(a)a.href=a.pathname+location.search+location.hash;};
['click','auxclick','contextmenu','focusin','pointerover'].forEach(function(t){document.addEventListener(t,join,true);});
var raw=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.progress)});
if(raw!==null){r.setAttribute('data-saved','');r.setAttribute('data-own-queue','');r.setAttribute('data-own-profiles','');}
var s=JSON.parse(raw||'null');
if(!s||!s.profiles||!s.profiles.length)return;
var p=s.profiles[0];
var l=[];
for(var i=0;i<s.profiles.length;i++){var q=s.profiles[i];if(!q)continue;if(q.id===s.activeProfile)p=q;if(typeof q.id==='string'&&typeof q.name==='string')l.push([q.id,q.name]);}
window[${JSON.stringify(EARLY_PROFILES_GLOBAL)}]=[s.activeProfile,l];
if(l.length===1&&${JSON.stringify(DEFAULT_PROFILE_NAMES)}.indexOf(l[0][1])>=0)r.removeAttribute('data-own-profiles');
var studied=p&&(p.archive||p.reviews&&p.reviews.length>0);
if(studied)r.setAttribute('data-studied','');
var o=p&&p.settings;
var pending=false;for(var k=0;k<localStorage.length;k++){if(String(localStorage.key(k)).indexOf(${JSON.stringify(STORAGE_KEYS.pendingPrefix)})===0)pending=true;}
var L=/^\\/(zh|en)\\//.exec(location.pathname);L=L&&L[1];
var differs=function(m){return m!==undefined&&m!==null&&(!L||m!==L);};
var qs=o&&o.questionLanguages,mine=qs&&L?qs[L]:undefined;
var language=L?(mine!==undefined?mine!==L:differs(o&&o.questionLanguage)):Boolean(qs||o&&o.questionLanguage!==undefined);
var c=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.displayLanguage)});
if(c!==null){var cp=c.split('|'),cm=cp.pop(),cl=cp.length>=2?cp.pop()||null:null;if((!L||cl===null||cl===L)&&differs(cm))language=true;}
if(p&&!studied&&!pending&&!language&&!(o&&o.newCardsPerDay===0))r.removeAttribute('data-own-queue');
if(!o)return;
if(${JSON.stringify(notSystem(THEMES))}.indexOf(o.theme)>=0)r.setAttribute('data-theme',o.theme);
if(${JSON.stringify(notSystem(MOTION))}.indexOf(o.motion)>=0)r.setAttribute('data-motion',o.motion);
}catch(e){}})();`;
