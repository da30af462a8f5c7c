/** " · host" after a source, linking to it: the same in the quiz feedback and on a deck page. */
export function SourceHost({ url }: { url: string | undefined }) {
  if (!url) return null;
  return (
    <>
      {' · '}
      <a href={url} rel="noopener noreferrer external">
        {new URL(url).hostname}
      </a>
    </>
  );
}
