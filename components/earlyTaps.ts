/*
 * Taps made before the page has hydrated are kept, then acted on.
 *
 * The exported HTML shows a page's controls (the starter quiz's options, Check, Show answer, a
 * code field) before the scripts that make them work have run: on a slow phone for a second or
 * more. A tap in that time used to be dropped (the controls were disabled until hydration), so a
 * learner tapped an option, saw nothing, and tapped again. Now a small script in <head>, which
 * runs before the first paint, watches the controls in a gate (components/hydrated.tsx):
 *
 * - A choice (a radio or a checkbox) works as plain HTML: the browser marks it at once, and the
 *   page's CSS draws it chosen; its form's submit button, unavailable (aria-disabled) while
 *   nothing is chosen, says it is available. Once hydrated, each choice whose state is not the
 *   one React drew is handed to React as a tap.
 * - A control that shows a part of the page the HTML already holds (Show answer and the card's
 *   back) names that part (data-early-reveals): the tap shows it at once and is kept.
 * - Any other tap (a button, a form's submit) is cancelled, since the browser's own action would
 *   be wrong (a form submitting itself), kept, and marked so the learner sees it was taken.
 *
 * Before hydration, React itself never sees an event on a gated control. It listens from the
 * moment its scripts have run, and on a tap (pointerdown, touchstart, focus, a key) on a part of
 * the page it has not hydrated yet it hydrates the whole page at once, inside the tap: the
 * browser's own action (a radio marked) then waited for it, about 0.2 s on a slow phone on a
 * second visit, when the scripts come from the cache and are running as the learner taps.
 *
 * Once the page has hydrated the kept taps are made again, in order, each after React has drawn
 * the one before (a Check after its choice), and text typed into a gated field is handed to the
 * app as if it had just been typed.
 *
 * Links and <details> are left alone: they work as plain HTML before any script.
 */

/** The attribute on a control whose early tap is waiting. */
export const EARLY_TAP = 'data-early-tap';
/** The gates' attribute (components/hydrated.tsx). */
export const GATE = 'data-until-hydrated';
/** On a gated control: the id of a hidden part of the page its tap shows before scripts run. The
 * control hides itself and the part's first element is brought into view, and focused when it
 * can be (a tabindex), as the page does once it has hydrated (Show answer, then the card's back
 * with its answer first): the focus would otherwise fall to the page body with the control. */
export const EARLY_REVEALS = 'data-early-reveals';
/** At most this many taps are kept: more is a learner tapping a dead screen, not choosing.
 * Taps again on the control last tapped are one tap (an option tapped three times is chosen once). */
export const MAX_EARLY_TAPS = 12;

interface EarlyTap {
  /** A tap to make again, a choice the browser has made, or text typed / an option picked to
   * hand over. */
  kind: 'click' | 'check' | 'value';
  /** The control (a label or button; a radio or checkbox; a field or a select). */
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
 * (the browser does that), and it is noted, since hydration may put back the HTML's value; so do
 * radios and checkboxes. Every other tap in a gate is cancelled and queued. A submit of a form
 * holding a gate is cancelled too (Enter in a field clicks its submit button, which is queued).
 * Run twice, it listens once.
 */
export const EARLY_TAP_SCRIPT = `(function(){
if(window.__earlyTaps)return;
var d=document,r=d.documentElement,q=[],G='[${GATE}]';window.__earlyTaps=q;
var early=function(e){return !r.hasAttribute('data-hydrated')&&e.target&&e.target.closest&&e.target.closest(G);};
var typed=/^(text|search|email|number|url|tel|password)$/;
var field=function(c){return c.tagName==='SELECT'||c.tagName==='TEXTAREA'||(c.tagName==='INPUT'&&typed.test(c.type));};
var box=function(c){return c&&c.tagName==='INPUT'&&(c.type==='radio'||c.type==='checkbox');};
var has=function(c){for(var i=0;i<q.length;i++)if(q[i].element===c)return q[i];};
var ready=function(f){var b=f&&f.querySelector('button[type=submit][aria-disabled]');if(b)b.setAttribute('aria-disabled',f.querySelector('input:checked')?'false':'true');};
var quiet=function(e){if(early(e))e.stopImmediatePropagation();};
['pointerdown','pointerup','touchstart','touchend','mousedown','mouseup','focusin','focusout','keydown','keyup','keypress','beforeinput'].forEach(function(t){d.addEventListener(t,quiet,true);});
d.addEventListener('click',function(e){
if(!early(e))return;
var c=e.target.closest('label,button,input,select,textarea,summary,a,[role=button]');
if(c&&(c.tagName==='A'||c.tagName==='SUMMARY'))return;
e.stopImmediatePropagation();
if(!c||field(c))return;
if(box(c)){if(!has(c))q.push({kind:'check',element:c});ready(c.form);return;}
if(c.tagName==='LABEL'&&box(c.control))return;
e.preventDefault();
var last=q[q.length-1],shows=c.getAttribute('${EARLY_REVEALS}'),part=shows&&d.getElementById(shows);
if(part){part.hidden=false;c.hidden=true;var f=part.firstElementChild;if(f&&f.hasAttribute('tabindex')&&f.focus)f.focus({preventScroll:true});if(f&&f.scrollIntoView)f.scrollIntoView({block:'nearest'});}else c.setAttribute('${EARLY_TAP}','');
if((!last||last.element!==c)&&q.length<${MAX_EARLY_TAPS})q.push({kind:'click',element:c});
},true);
var note=function(e){if(!early(e))return;e.stopImmediatePropagation();if(!field(e.target))return;
var kept=has(e.target);if(kept){kept.value=e.target.value;return;}
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

/**
 * A choice the browser made before hydration, as a tap React hears: the choice is put back as
 * React drew it (through the element, so React's tracker sees it) and tapped again. A choice
 * the learner undid before hydration (a checkbox tapped twice, a radio left for another) is
 * already as React drew it, and is skipped.
 */
function handOverChoice(input: HTMLInputElement) {
  if (input.checked === input.defaultChecked || input.disabled) return;
  input.checked = input.defaultChecked;
  input.click();
}

/** Lets React draw what the last tap changed before the next is made (a Check reads its choice). */
const drawn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Acts on what was done before hydration, in order. Called once the page has hydrated. */
export async function replayEarlyTaps(): Promise<void> {
  const queue = typeof window === 'undefined' ? undefined : window.__earlyTaps;
  if (!queue) return;
  for (const { kind, element, value } of queue.splice(0, queue.length)) {
    element.removeAttribute(EARLY_TAP);
    if (!element.isConnected) continue;
    if (kind === 'value') handOver(element, value ?? '');
    else if (kind === 'check') {
      if (element instanceof HTMLInputElement) handOverChoice(element);
    } else if (element instanceof HTMLElement) element.click();
    await drawn();
  }
}
