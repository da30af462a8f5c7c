/**
 * A short tone made with WebAudio, so a teacher pointing a camera at one phone after another
 * hears each result taken in without looking at the screen. No sound file is fetched. The
 * page has been clicked (the scanner opens with a click), so browsers let the sound play.
 */
export function createBeeper(): { beep: () => void; close: () => void } {
  let context: AudioContext | null = null;
  return {
    beep: () => {
      try {
        context ??= new AudioContext();
        void context.resume();
        const now = context.currentTime;
        const tone = context.createOscillator();
        const gain = context.createGain();
        tone.frequency.value = 880;
        gain.gain.setValueAtTime(0.0001, now);
        gain.gain.exponentialRampToValueAtTime(0.25, now + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.15);
        tone.connect(gain).connect(context.destination);
        tone.start(now);
        tone.stop(now + 0.16);
      } catch {
        // No WebAudio here: the count on screen still says it.
      }
    },
    close: () => {
      void context?.close();
      context = null;
    },
  };
}
