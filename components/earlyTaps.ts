/*
 * Taps made before the page has hydrated are kept, then acted on.
 *
 * The exported HTML shows a page's controls (the starter quiz's options, Check, a code field)
 * before the scripts that make them work have run: on a slow phone for a second or more. A tap in
 * that time used to be dropped (the controls were disabled until hydration), so a learner tapped
 * an option, saw nothing, and tapped again. Now a small script in <head>, which runs before the
 * first paint, catches taps on controls in a gate (components/hydrated.tsx) and cancels the
 * browser's own action (a radio would look chosen to the browser but not to the app, a form
 * would submit itself); the control is marked as tapped so the learner sees the tap was taken.
 * Once the page has hydrated, the taps are made again, in order, on the same controls, and text
 * typed into a gated field is handed to the app as if it had just been typed.
 *
 * Links and <details> are left alone: they work as plain HTML before any script.
 */

/** The attribute on a control whose early tap is waiting. */
export const EARLY_TAP = 'data-early-tap';
/** The gates' attribute (components/hydrated.tsx). */
export const GATE = 'data-until-hydrated';
/** At most this many taps are kept: more is a learner tapping a dead screen, not choosing.
 * Taps again on the control last tapped are one tap (an option tapped three times is chosen once). */
export const MAX_EARLY_TAPS = 12;

interface EarlyTap {
  /** A tap to make again, or text typed / an option picked to hand over. */
  kind: 'click' | 'value';
  /** The control (a label, button or choice input; a field or a select). */
  element: Element;
  /** For 'value': what the control held. */
  value?: string;
}

declare global {
  interface Window {
    __earlyTaps?: EarlyTap[];
  }
}

/**
 * For <head>, before any bundle: plain ES5. Typed fields and selects keep what the learner does
 * (the browser does that), and it is noted, since hydration may put back the HTML's value; every
 * other tap in a gate is cancelled and queued. A submit of a form holding a gate is cancelled
 * too (Enter in a field clicks its submit button, which is queued).
 */
export const EARLY_TAP_SCRIPT = `(function(){
var d=document,r=d.documentElement,q=[],G='[${GATE}]';window.__earlyTaps=q;
var early=function(e){return !r.hasAttribute('data-hydrated')&&e.target&&e.target.closest&&e.target.closest(G);};
var typed=/^(text|search|email|number|url|tel|password)$/;
var field=function(c){return c.tagName==='SELECT'||c.tagName==='TEXTAREA'||(c.tagName==='INPUT'&&typed.test(c.type));};
d.addEventListener('click',function(e){
if(!early(e))return;
var c=e.target.closest('label,button,input,select,textarea,summary,a,[role=button]');
if(!c||c.tagName==='A'||c.tagName==='SUMMARY'||field(c))return;
e.preventDefault();e.stopImmediatePropagation();
var last=q[q.length-1];c.setAttribute('${EARLY_TAP}','');
if((!last||last.element!==c)&&q.length<${MAX_EARLY_TAPS})q.push({kind:'click',element:c});
},true);
var note=function(e){if(!early(e)||!field(e.target))return;
for(var i=0;i<q.length;i++){if(q[i].element===e.target){q[i].value=e.target.value;return;}}
q.push({kind:'value',element:e.target,value:e.target.value});};
d.addEventListener('input',note,true);d.addEventListener('change',note,true);
d.addEventListener('submit',function(e){if(!r.hasAttribute('data-hydrated')&&e.target&&e.target.querySelector&&e.target.querySelector(G))e.preventDefault();},true);
})();`;

/** Puts a field's text or a select's option back and tells React, as if just typed or picked. */
function handOver(control: Element, value: string) {
  if (control instanceof HTMLSelectElement) {
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set;
  if (!setter) return;
  // Through the element (React's value tracker hears it) to the HTML's own text, then past the
  // tracker to what was typed: the input event then reads as a change.
  control.value = control.defaultValue === value ? '' : control.defaultValue;
  setter.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Acts on what was done before hydration, in order. Called once the page has hydrated. */
export function replayEarlyTaps(): void {
  const queue = typeof window === 'undefined' ? undefined : window.__earlyTaps;
  if (!queue) return;
  for (const { kind, element, value } of queue.splice(0, queue.length)) {
    element.removeAttribute(EARLY_TAP);
    if (!element.isConnected) continue;
    if (kind === 'value') handOver(element, value ?? '');
    else if (element instanceof HTMLElement) element.click();
  }
}
