'use client';

import { useTranslations } from 'next-intl';
import {
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

export interface SortableItem {
  id: string;
  /** A plain-text name, for button labels and announcements. */
  label: string;
  content: ReactNode;
  /** Extra classes, e.g. to mark the item right or wrong once checked. */
  className?: string;
}

interface Drag {
  id: string;
  from: number;
  /** Where the pointer went down, in page coordinates. */
  startY: number;
  dy: number;
  /** The position the item would take if dropped now. */
  over: number;
  /** Each item's vertical midpoint at the start, in page coordinates. */
  midpoints: number[];
  /** How far the others move to make room: the dragged item's height plus the gap. */
  shift: number;
}

/** A few pixels of slack, so that a tap on the handle is not taken for a drag. */
const DRAG_THRESHOLD = 4;

type FocusTarget = { id: string; control: 'handle' | 'up' | 'down' };

/**
 * A list the learner reorders three ways: by dragging an item's handle (pointer events, so
 * mouse, touch and pen alike), by keyboard on the handle (Space or Enter picks it up, the
 * arrow keys move it, Space or Enter drops it, Escape puts it back), and with ↑ ↓ buttons.
 * Every move is announced in a live region.
 */
export function SortableList({
  items,
  onMove,
  disabled,
  listLabel,
}: {
  items: readonly SortableItem[];
  onMove: (from: number, to: number) => void;
  disabled: boolean;
  listLabel: string;
}) {
  const t = useTranslations('TimelineGame');
  const instructionsId = useId();
  const [lifted, setLifted] = useState<{ id: string; origin: number } | null>(null);
  const [drag, setDragState] = useState<Drag | null>(null);
  // Pointer events can arrive faster than React renders: the handlers read the latest drag
  // from this ref, and the state only redraws.
  const dragRef = useRef<Drag | null>(null);
  const setDrag = (next: Drag | null) => {
    dragRef.current = next;
    setDragState(next);
  };
  const [announcement, setAnnouncement] = useState('');
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const controlRefs = useRef(new Map<string, HTMLButtonElement>());
  // React moves list nodes in the DOM when the order changes, and a moved node loses focus:
  // remember which control should hold it and give it back after the render.
  const pendingFocus = useRef<FocusTarget | null>(null);
  const total = items.length;

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const control = controlRefs.current.get(`${target.id}:${target.control}`);
    const fallback = controlRefs.current.get(`${target.id}:handle`);
    const el = control && !control.disabled ? control : fallback;
    if (el && document.activeElement !== el) el.focus();
  });

  const indexOf = (id: string) => items.findIndex((item) => item.id === id);
  const labelOf = (id: string) => items.find((item) => item.id === id)?.label ?? '';

  function move(id: string, to: number, focus: FocusTarget['control']) {
    const from = indexOf(id);
    if (from < 0 || to < 0 || to >= total || to === from) return false;
    pendingFocus.current = { id, control: focus };
    onMove(from, to);
    return true;
  }

  function onHandleKeyDown(event: KeyboardEvent<HTMLButtonElement>, id: string) {
    if (disabled) return;
    const at = indexOf(id);
    const key = event.key;
    if (!lifted || lifted.id !== id) {
      if (key === ' ' || key === 'Enter') {
        event.preventDefault();
        setLifted({ id, origin: at });
        setAnnouncement(t('pickedUp', { item: labelOf(id), position: at + 1, total }));
      }
      return;
    }
    if (key === 'ArrowUp' || key === 'ArrowLeft' || key === 'ArrowDown' || key === 'ArrowRight') {
      event.preventDefault();
      const to = key === 'ArrowUp' || key === 'ArrowLeft' ? at - 1 : at + 1;
      if (move(id, to, 'handle'))
        setAnnouncement(t('movedTo', { item: labelOf(id), position: to + 1, total }));
    } else if (key === 'Home' || key === 'End') {
      event.preventDefault();
      const to = key === 'Home' ? 0 : total - 1;
      if (move(id, to, 'handle'))
        setAnnouncement(t('movedTo', { item: labelOf(id), position: to + 1, total }));
    } else if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      setLifted(null);
      setAnnouncement(t('dropped', { item: labelOf(id), position: at + 1, total }));
    } else if (key === 'Escape') {
      event.preventDefault();
      move(id, lifted.origin, 'handle');
      setLifted(null);
      setAnnouncement(t('cancelled', { item: labelOf(id), position: lifted.origin + 1, total }));
    } else if (key === 'Tab') {
      // Leaving the item drops it where it is, rather than leaving it held out of sight.
      setLifted(null);
      setAnnouncement(t('dropped', { item: labelOf(id), position: at + 1, total }));
    }
  }

  function onPointerDown(event: PointerEvent<HTMLButtonElement>, id: string) {
    if (disabled || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const from = indexOf(id);
    const rects = items.map((item) => itemRefs.current.get(item.id)?.getBoundingClientRect());
    if (rects.some((r) => !r)) return;
    const boxes = rects as DOMRect[];
    const own = boxes[from]!;
    const next = boxes[from + 1] ?? boxes[from - 1];
    const gap = next ? Math.max(0, Math.abs(next.top - own.top) - own.height) : 0;
    event.currentTarget.setPointerCapture(event.pointerId);
    setLifted(null);
    setDrag({
      id,
      from,
      startY: event.clientY + window.scrollY,
      dy: 0,
      over: from,
      midpoints: boxes.map((b) => b.top + window.scrollY + b.height / 2),
      shift: own.height + gap,
    });
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const drag = dragRef.current;
    if (!drag) return;
    const dy = event.clientY + window.scrollY - drag.startY;
    const centre = drag.midpoints[drag.from]! + dy;
    // The new position is the number of other items whose middle the dragged one has passed.
    const over = drag.midpoints.filter((mid, i) => i !== drag.from && mid < centre).length;
    setDrag({ ...drag, dy, over });
  }

  function onPointerUp(event: PointerEvent<HTMLButtonElement>) {
    const drag = dragRef.current;
    if (!drag) return;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    const { id, from, over, dy } = drag;
    setDrag(null);
    if (Math.abs(dy) < DRAG_THRESHOLD || over === from) return;
    move(id, over, 'handle');
    setAnnouncement(t('movedTo', { item: labelOf(id), position: over + 1, total }));
  }

  function offsetOf(index: number): number {
    if (!drag) return 0;
    if (index === drag.from) return drag.dy;
    if (drag.from < drag.over && index > drag.from && index <= drag.over) return -drag.shift;
    if (drag.over < drag.from && index >= drag.over && index < drag.from) return drag.shift;
    return 0;
  }

  const setControlRef = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) controlRefs.current.set(key, el);
    else controlRefs.current.delete(key);
  };

  return (
    <div className="sortable">
      <p id={instructionsId} className="visually-hidden">
        {t('instructions')}
      </p>
      <ol className={drag ? 'sortable-list is-dragging' : 'sortable-list'} aria-label={listLabel}>
        {items.map((item, i) => {
          const isLifted = lifted?.id === item.id;
          const isDragged = drag?.id === item.id;
          const offset = offsetOf(i);
          const classes = [
            'sortable-item',
            isLifted ? 'is-lifted' : '',
            isDragged ? 'is-dragged' : '',
            disabled ? 'is-locked' : '',
            item.className ?? '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li
              key={item.id}
              data-item-id={item.id}
              className={classes}
              style={offset ? { transform: `translateY(${offset}px)` } : undefined}
              ref={(el) => {
                if (el) itemRefs.current.set(item.id, el);
                else itemRefs.current.delete(item.id);
              }}
            >
              <button
                type="button"
                className="sortable-handle"
                ref={setControlRef(`${item.id}:handle`)}
                aria-label={t('handle', { item: item.label, position: i + 1, total })}
                aria-describedby={instructionsId}
                aria-pressed={isLifted}
                disabled={disabled}
                onKeyDown={(e) => onHandleKeyDown(e, item.id)}
                onBlur={() => {
                  // Focus leaves by a click elsewhere: drop the item where it is. A blur caused
                  // by the list reordering itself is not the learner leaving.
                  if (isLifted && !pendingFocus.current) setLifted(null);
                }}
                onPointerDown={(e) => onPointerDown(e, item.id)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={() => setDrag(null)}
              >
                <span className="sortable-position" aria-hidden="true">
                  {i + 1}
                </span>
                <svg className="sortable-grip" viewBox="0 0 10 16" aria-hidden="true">
                  {[3, 8, 13].flatMap((y) => [
                    <circle key={`l${y}`} cx="2.5" cy={y} r="1.5" />,
                    <circle key={`r${y}`} cx="7.5" cy={y} r="1.5" />,
                  ])}
                </svg>
              </button>
              <div className="sortable-content">{item.content}</div>
              {/* Once the order is checked there is nothing to move: the arrows make way for the result. */}
              {disabled ? null : (
                <span className="sortable-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    ref={setControlRef(`${item.id}:up`)}
                    aria-label={t('moveUp', { item: item.label })}
                    disabled={i === 0}
                    onClick={() => {
                      if (move(item.id, i - 1, 'up'))
                        setAnnouncement(t('movedTo', { item: item.label, position: i, total }));
                    }}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    ref={setControlRef(`${item.id}:down`)}
                    aria-label={t('moveDown', { item: item.label })}
                    disabled={i === total - 1}
                    onClick={() => {
                      if (move(item.id, i + 1, 'down'))
                        setAnnouncement(t('movedTo', { item: item.label, position: i + 2, total }));
                    }}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="sortable-announcer visually-hidden" aria-live="assertive" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
