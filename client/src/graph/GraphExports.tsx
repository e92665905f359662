/**
 * 导出 for every graph view: the picture with its title and legend (PNG, SVG) and the elements on
 * screen as data (JSON, CSV of nodes and of edges, GraphML).
 */
import type { RefObject } from 'preact';
import { Menu, type MenuItem } from '../ui/controls.tsx';
import { downloadBlob, downloadText } from '../ui/download.ts';
import type { ElementSet } from './elements.ts';
import { elementsCsv, elementsGraphMl, elementsJson } from './exports.ts';
import type { GraphHandle } from './GraphPane.tsx';
import { graphPng, graphSvg, type PictureFrame } from './image-export.ts';

export interface GraphExportsProps {
  handle: RefObject<GraphHandle | null>;
  /** File name without extension. */
  name: string;
  frame(): PictureFrame;
  /** The elements on screen. */
  elements(): ElementSet;
}

export function GraphExports({ handle, name, frame, elements }: GraphExportsProps) {
  const withCy = (run: (cy: NonNullable<ReturnType<GraphHandle['cy']>>) => void | Promise<void>) => async () => {
    const cy = handle.current?.cy();
    if (cy) await run(cy);
  };
  const file = name.replace(/[\\/:*?"<>|]+/g, '_');
  const items: MenuItem[] = [
    { label: '图片（PNG）', run: withCy(async (cy) => downloadBlob(await graphPng(cy, frame()), `${file}.png`)) },
    { label: '矢量图（SVG）', run: withCy((cy) => downloadText(graphSvg(cy, frame()), `${file}.svg`, 'image/svg+xml;charset=utf-8')) },
    { label: '数据（JSON）', run: () => downloadText(elementsJson(elements()), `${file}.json`, 'application/json;charset=utf-8') },
    { label: '节点表（CSV）', run: () => downloadText(elementsCsv(elements(), 'nodes'), `${file}-节点.csv`, 'text/csv;charset=utf-8') },
    { label: '关系表（CSV）', run: () => downloadText(elementsCsv(elements(), 'edges'), `${file}-关系.csv`, 'text/csv;charset=utf-8') },
    { label: '网络（GraphML）', run: () => downloadText(elementsGraphMl(elements(), frame().title), `${file}.graphml`, 'application/graphml+xml;charset=utf-8') },
  ];
  return <Menu label="导出" ariaLabel="导出当前图谱" items={items} />;
}
