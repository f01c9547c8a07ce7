import { memo, useMemo, type Ref } from 'react';
import type { ArticleContent, Block } from '../../../electron/common/model';
import { groupBlocks, type ListNode } from './blockTree';
import { Runs, type HighlightLayer } from './Runs';
import { buildRuns } from './runs';

interface ArticleBodyProps {
  content: ArticleContent;
  onOpenLink(href: string): void;
  /** The clips to highlight in the text. */
  layer?: HighlightLayer;
  ref?: Ref<HTMLDivElement>;
}

/**
 * The article's text, structured by its blocks, rendered with React elements only.
 * Memoised: the reader re-renders as the selection moves, the text need not.
 */
export const ArticleBody = memo(function ArticleBody({ content, onOpenLink, layer, ref }: ArticleBodyProps) {
  const nodes = useMemo(() => groupBlocks(content.blocks), [content.blocks]);

  const inline = (block: Block) => (
    <Runs text={content.text} runs={buildRuns(block.start, block.end, block.marks)} onOpenLink={onOpenLink} layer={layer} />
  );
  const offsets = (block: Block) => ({ 'data-start': block.start, 'data-end': block.end });

  const renderList = (list: ListNode) => {
    const Tag = list.list;
    return (
      <Tag key={`list-${list.items[0].block.start}`}>
        {list.items.map((item) => (
          <li key={item.block.start} {...offsets(item.block)}>
            {inline(item.block)}
            {item.children.map(renderList)}
          </li>
        ))}
      </Tag>
    );
  };

  return (
    <div className="Reader-body" ref={ref}>
      {nodes.map((node) => {
        if (node.kind === 'list') return renderList(node);
        const { block } = node;
        switch (block.type) {
          case 'h2':
          case 'h3':
          case 'h4': {
            const Heading = block.type;
            return (
              <Heading key={block.start} {...offsets(block)}>
                {inline(block)}
              </Heading>
            );
          }
          case 'blockquote':
            return (
              <blockquote key={block.start} {...offsets(block)}>
                {inline(block)}
              </blockquote>
            );
          case 'pre':
            return (
              <pre key={block.start} {...offsets(block)}>
                {inline(block)}
              </pre>
            );
          default:
            return (
              <p key={block.start} {...offsets(block)}>
                {inline(block)}
              </p>
            );
        }
      })}
    </div>
  );
});
