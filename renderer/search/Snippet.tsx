/** A snippet with the matched text marked; built from parts, never from HTML. */
import type { SnippetPart } from '../../shared/api/searchContract';

export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="hit-snippet">
      {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
