import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Headings inside a section body sit below the section's own heading.
const components: Components = {
  h1: ({ children }) => <h4>{children}</h4>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h4>{children}</h4>,
  a: ({ href, children }) => {
    const external = !!href && /^https?:\/\//i.test(href);
    return (
      <a href={href} rel={external ? 'noopener nofollow' : undefined}>
        {children}
      </a>
    );
  },
};

/**
 * Editor-written Markdown, rendered on the server. Raw HTML is never rendered (skipHtml),
 * and react-markdown's URL filter drops javascript: and other unsafe links.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components} disallowedElements={['img']} unwrapDisallowed>
      {children}
    </ReactMarkdown>
  );
}
