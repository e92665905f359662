/**
 * The policy-kg command line, run as a real process: ingest, export, stats, idempotence, replacement
 * of a changed file, and refusal of bad input without touching the stored graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphSchema, type Graph } from '../../../graph/schema.ts';
import { runCli } from '../../helpers/cli.ts';
import { SEEDS_DIR } from '../../helpers/seeds.ts';
import { tempDir } from '../../helpers/temp.ts';

const temp = tempDir('policy-kg-cli-');
const data = path.join(temp.dir, 'data');
const env = { POLICY_KG_DATA: data };
const storeFile = path.join(data, 'graph.db');
const readGraph = (file: string): Graph => GraphSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));

afterAll(() => temp.cleanup());

describe('policy-kg ingest', () => {
  let first: Graph;
  beforeAll(() => {
    const result = runCli(['ingest', SEEDS_DIR, '--json', path.join(temp.dir, 'out.json')], env);
    expect(result.status, result.stderr).toBe(0);
    first = readGraph(path.join(temp.dir, 'out.json'));
  });

  it('writes the graph with five plans of three cities, each evidence slice matching its file', () => {
    const plans = first.nodes.filter((n) => n.label === 'Plan');
    expect(plans).toHaveLength(5);
    expect(new Set(plans.map((p) => (p.label === 'Plan' ? p.city : null)))).toEqual(new Set(['盐城市', '连云港市', '泰州市']));
    const files = new Map(plans.map((p) => [p.id, p.label === 'Plan' ? fs.readFileSync(path.join(SEEDS_DIR, p.file), 'utf8') : '']));
    for (const edge of first.edges) for (const e of edge.evidence ?? []) expect(files.get(e.plan)?.slice(e.start, e.end)).toBe(e.text);
  });

  it('prints a summary of nodes by label and edges by type', () => {
    const result = runCli(['stats'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Department\s+\d+/);
    expect(result.stdout).toMatch(/MENTIONS\s+\d+/);
  });

  it('changes nothing when the same files are ingested again', () => {
    const again = path.join(temp.dir, 'again.json');
    expect(runCli(['ingest', SEEDS_DIR, '--json', again], env).status).toBe(0);
    expect(fs.readFileSync(again, 'utf8')).toBe(fs.readFileSync(path.join(temp.dir, 'out.json'), 'utf8'));
  });

  it('replaces a changed file: what only the old version supported is gone, the rest stays', () => {
    const changedDir = path.join(temp.dir, 'changed');
    fs.mkdirSync(changedDir);
    const name = 'taizhou-key-industry-chains-action-plan.txt';
    fs.writeFileSync(path.join(changedDir, name), fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8').replaceAll('亚星锚链', ''));
    const out = path.join(temp.dir, 'changed.json');
    try {
      expect(runCli(['ingest', path.join(changedDir, name), '--json', out], env).status).toBe(0);
      const graph = readGraph(out);
      expect(first.nodes.some((n) => n.name === '江苏亚星锚链股份有限公司')).toBe(true);
      expect(graph.nodes.some((n) => n.name === '江苏亚星锚链股份有限公司')).toBe(false);
      expect(graph.nodes.filter((n) => n.label === 'Plan')).toHaveLength(5);
      expect(graph.nodes.find((n) => n.id === 'industry:氢能')?.plans).toEqual(first.nodes.find((n) => n.id === 'industry:氢能')?.plans);
    } finally {
      runCli(['ingest', SEEDS_DIR], env);
    }
  });

  it('exports the stored graph as the same JSON', () => {
    const exported = path.join(temp.dir, 'export.json');
    expect(runCli(['export', '--json', exported], env).status).toBe(0);
    expect(readGraph(exported)).toEqual(first);
  });

  describe('bad input', () => {
    const bad = path.join(temp.dir, 'bad');
    beforeAll(() => {
      fs.mkdirSync(bad, { recursive: true });
      fs.writeFileSync(path.join(bad, 'empty.txt'), '');
      fs.writeFileSync(path.join(bad, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
      fs.writeFileSync(path.join(bad, 'garbage.txt'), Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0x00, 0x9f, 0xc0, 0xc1, 0xf5, 0xf6, 0x01, 0x02, 0x03, 0x04]));
    });

    it.each([
      [['no-such-folder'], /no-such-folder: no such file or folder/],
      [['empty.txt'], /empty\.txt: the file is empty/],
      [['image.txt'], /image\.txt: this is binary data \(PNG image\)/],
      [['garbage.txt'], /garbage\.txt: .*(binary|not valid UTF-8)/],
      [['empty.txt', 'image.txt'], /Nothing was stored: 2 of 3 file\(s\)/],
    ])('refuses %j with a clear message, a non-zero exit and the store untouched', (files, message) => {
      const before = fs.readFileSync(storeFile);
      const result = runCli(['ingest', ...files.map((f) => path.join(bad, f)), path.join(SEEDS_DIR, 'taizhou-key-industry-chains-action-plan.txt')], env);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(fs.readFileSync(storeFile).equals(before)).toBe(true);
    });
  });

  it('backs up the store and restores the copy over a changed store', () => {
    const backup = path.join(temp.dir, 'backup.db');
    const saved = runCli(['backup', backup], env);
    expect(saved.status, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/Backed up .*graph\.db to .*backup\.db/);
    const changed = path.join(temp.dir, 'changed-for-backup');
    fs.mkdirSync(changed, { recursive: true });
    const name = 'taizhou-key-industry-chains-action-plan.txt';
    fs.writeFileSync(path.join(changed, name), fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8').replaceAll('亚星锚链', ''));
    expect(runCli(['ingest', changed], env).status).toBe(0);
    const restored = runCli(['restore', backup], env);
    expect(restored.status, restored.stderr).toBe(0);
    const out = path.join(temp.dir, 'restored.json');
    expect(runCli(['export', '--json', out], env).status).toBe(0);
    expect(readGraph(out)).toEqual(first);
  });

  it.each([
    [['backup', path.join(temp.dir, 'no-such-folder', 'backup.db')], /error: Writing the graph to .*backup\.db failed/],
    [['restore', path.join(temp.dir, 'no-such-backup.db')], /error: .*no-such-backup\.db: no such file/],
    [['copy', '--to', 'sqlite'], /argument 'sqlite' is invalid/],
  ])('refuses %j with a clear message and a non-zero exit', (args, message) => {
    const result = runCli(args, env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it.each([['--help'], ['ingest', '--help'], ['export', '--help'], ['stats', '--help'], ['backup', '--help'], ['restore', '--help'], ['copy', '--help']])('explains itself with %j', (...args) => {
    const result = runCli(args, env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: policy-kg/);
  });
});
