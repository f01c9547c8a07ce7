/**
 * A clip embedded in a briefing: a block that keeps only the clip's id, so what it
 * shows (quote, speaker, source) is always the clip as it is now. Serialised exactly
 * as electron/common/briefing-doc.ts says: { type: 'dossier-clip', version: 1, clipId }.
 */
import {
  $create,
  $getDocument,
  DecoratorNode,
  nodeSchema,
  stringValue,
  withField,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { JSX } from 'react';
import { DOSSIER_CLIP_TYPE } from '../../../../electron/common/briefing-doc';
import { ClipBlock } from './ClipBlock';

const clipNodeSchema = nodeSchema<ClipNode>()({
  clipId: withField(stringValue(), { field: '__clipId' }),
});

export class ClipNode extends DecoratorNode<JSX.Element> {
  /** @internal */
  __clipId: string;

  $config() {
    return this.config(DOSSIER_CLIP_TYPE, { extends: DecoratorNode, json: clipNodeSchema });
  }

  constructor(clipId = '', key?: NodeKey) {
    super(key);
    this.__clipId = clipId;
  }

  getClipId(): string {
    return this.getLatest().__clipId;
  }

  setClipId(clipId: string): this {
    const writable = this.getWritable();
    writable.__clipId = clipId;
    return writable;
  }

  createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    const className = config.theme.clip;
    if (typeof className === 'string') element.className = className;
    return element;
  }

  updateDOM(): false {
    return false;
  }

  /** Copied out of the editor as a plain marker: the quote lives in the library, not here. */
  exportDOM(): DOMExportOutput {
    const element = $getDocument().createElement('blockquote');
    element.setAttribute('data-dossier-clip', this.__clipId);
    element.textContent = `[clip ${this.__clipId}]`;
    return { element };
  }

  getTextContent(): string {
    return '\n\n';
  }

  isInline(): false {
    return false;
  }

  decorate(): JSX.Element {
    return <ClipBlock nodeKey={this.getKey()} clipId={this.__clipId} />;
  }
}

export function $createClipNode(clipId: string): ClipNode {
  return $create(ClipNode).setClipId(clipId);
}

export function $isClipNode(node: LexicalNode | null | undefined): node is ClipNode {
  return node instanceof ClipNode;
}
