'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { createBeeper } from './beep';
import { createQrDetector } from './qrDetector';

/** What became of a scanned QR code, as the results board judged it. */
export type ScanOutcome =
  | { kind: 'added'; note: ReactNode }
  | { kind: 'duplicate'; note: ReactNode }
  | { kind: 'problem'; note: ReactNode };

type CameraState =
  | { name: 'starting' }
  | { name: 'running' }
  | { name: 'failed'; reason: 'denied' | 'no-camera' | 'unavailable' | 'decoder' };

/** How often a frame is read, in milliseconds: fast enough to feel instant, light on a laptop. */
const SCAN_INTERVAL = 120;

function cameraFailure(error: unknown): 'denied' | 'no-camera' | 'unavailable' {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') {
    return 'no-camera';
  }
  return 'unavailable';
}

/**
 * A camera view that keeps reading QR codes until it is closed: the teacher points it at one
 * phone after another. Each code is handed to `onCode` once while it stays in view; a new
 * result beeps. The count and the last outcome are announced.
 */
export function ResultScanner({
  count,
  onCode,
  onClose,
}: {
  count: number;
  onCode: (text: string) => ScanOutcome;
  onClose: () => void;
}) {
  const t = useTranslations('ClassroomResults');
  const id = useId();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ name: 'starting' });
  const [last, setLast] = useState<ScanOutcome | null>(null);
  // The newest onCode, for the scanning loop started once.
  const handle = useRef(onCode);
  useEffect(() => {
    handle.current = onCode;
  }, [onCode]);
  // Made during the click that opened the scanner, so browsers let it play.
  const [beeper] = useState(createBeeper);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let lastText = '';

    async function start() {
      if (!navigator.mediaDevices?.getUserMedia) {
        setState({ name: 'failed', reason: 'unavailable' });
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch (error) {
        if (!stopped) setState({ name: 'failed', reason: cameraFailure(error) });
        return;
      }
      if (stopped) return;
      const element = video.current;
      if (!element) return;
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      let detector;
      try {
        detector = await createQrDetector();
      } catch {
        if (!stopped) setState({ name: 'failed', reason: 'decoder' });
        return;
      }
      if (stopped) return;
      setState({ name: 'running' });
      const tick = async () => {
        if (stopped) return;
        try {
          for (const text of await detector.detect(element)) {
            // The same phone still in view: taken once.
            if (text === lastText) continue;
            lastText = text;
            const outcome = handle.current(text);
            if (outcome.kind === 'added') beeper.beep();
            setLast(outcome);
          }
        } catch {
          // A frame that cannot be read (the camera still warming up) is skipped.
        }
        if (!stopped) timer = window.setTimeout(() => void tick(), SCAN_INTERVAL);
      };
      void tick();
    }

    void start();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [beeper]);

  useEffect(() => () => beeper.close(), [beeper]);

  const failure =
    state.name === 'failed'
      ? {
          denied: t('scanDenied'),
          'no-camera': t('scanNoCamera'),
          unavailable: t('scanUnavailable'),
          decoder: t('scanFailed'),
        }[state.reason]
      : null;

  return (
    <section className="classroom-panel result-scanner" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('scanHeading')}</h2>
      {failure ? (
        <p role="alert" className="notice">
          {failure}
        </p>
      ) : (
        <>
          <p className="hint">{t('scanHint')}</p>
          <video
            ref={video}
            className="scanner-video"
            muted
            playsInline
            aria-label={t('scanVideo')}
          />
          <p role="status" className="scan-count" data-testid="scan-count">
            {state.name === 'starting' ? t('scanStarting') : t('scanCount', { count })}
          </p>
          <p aria-live="polite" className={`scan-note scan-${last?.kind ?? 'none'}`}>
            {last?.note}
          </p>
        </>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('scanStop')}
      </button>
    </section>
  );
}
