/** The concept × city heatmap: set filters, a name filter, a cell per count that opens its evidence. */
import type { EntityRef, Matrix } from '../../../../server/contract.ts';
import { formatNumber, LABEL_NAMES } from '../../format.ts';
import { EntityLink } from '../../ui/entities.tsx';
import { Empty } from '../../ui/states.tsx';
import { CITY_LIMIT, conceptSets, heatColour, heatmapPicture, ROW_LIMIT, type HeatmapChoice } from './heatmap.ts';

export interface HeatmapProps {
  matrix: Matrix;
  choice: HeatmapChoice;
  onChoose(patch: Partial<HeatmapChoice>): void;
  onCell(entity: EntityRef, city: string, count: number): void;
}

function SetChips({ matrix, choice, onChoose }: Omit<HeatmapProps, 'onCell'>) {
  return (
    <div class="set-chips" role="group" aria-label="集合筛选">
      <span class="muted small">共 {formatNumber(matrix.rows.length)} 个{LABEL_NAMES[matrix.label]}：</span>
      {conceptSets(matrix).map((s) => (
        <button key={s.key} type="button" class="chip chip-button" aria-pressed={choice.set === s.key ? 'true' : 'false'} onClick={() => onChoose({ set: choice.set === s.key ? null : s.key })}>
          {s.name}
          <span class="count">{formatNumber(s.ids.size)}</span>
        </button>
      ))}
    </div>
  );
}

function Row({ row, columns, max, onCell }: { row: Matrix['rows'][number]; columns: string[]; max: number; onCell: HeatmapProps['onCell'] }) {
  return (
    <tr>
      <th scope="row" class="concept-col">
        <EntityLink entity={row.entity} />
      </th>
      {columns.map((city) => {
        const count = row.counts[city] ?? 0;
        const colour = heatColour(count, max);
        const label = `${row.entity.name} · ${city}：提及 ${count} 次`;
        return (
          <td key={city} class="heat" style={{ backgroundColor: colour.background, color: colour.text }}>
            {count > 0 ? (
              <button type="button" class="heat-cell" aria-label={label} title={label} data-city={city} data-entity={row.entity.id} onClick={() => onCell(row.entity, city, count)}>
                {formatNumber(count)}
              </button>
            ) : (
              <span class="heat-zero" aria-label={`${row.entity.name} · ${city}：未提及`}>
                ·
              </span>
            )}
          </td>
        );
      })}
      <td class="num">{formatNumber(row.cities)}</td>
      <td class="num">{formatNumber(row.total)}</td>
    </tr>
  );
}

export function Heatmap({ matrix, choice, onChoose, onCell }: HeatmapProps) {
  if (matrix.rows.length === 0) return <Empty />;
  const picture = heatmapPicture(matrix, choice);
  const scale = [1, Math.ceil(picture.max / 8), Math.ceil(picture.max / 3), picture.max];
  return (
    <>
      <SetChips matrix={matrix} choice={choice} onChoose={onChoose} />
      {picture.rows.length === 0 ? (
        <Empty>没有符合条件的概念</Empty>
      ) : (
        <div class="heatmap-scroll">
          <table class="heatmap" aria-describedby="matrix-heading">
            <caption class="visually-hidden">{LABEL_NAMES[matrix.label]} × 城市 提及次数</caption>
            <thead>
              <tr>
                <th scope="col" class="concept-col">
                  {LABEL_NAMES[matrix.label]}
                </th>
                {picture.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                <th scope="col" class="num">城市数</th>
                <th scope="col" class="num">合计</th>
              </tr>
            </thead>
            <tbody>
              {picture.rows.map((row) => (
                <Row key={row.entity.id} row={row} columns={picture.columns} max={picture.max} onCell={onCell} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="matrix-foot">
        <div class="heat-scale" aria-hidden="true">
          <span>少</span>
          {scale.map((v, i) => (
            <span key={i} class="heat-swatch" style={{ backgroundColor: heatColour(v, picture.max).background }} />
          ))}
          <span>多（最高 {formatNumber(picture.max)} 次）</span>
        </div>
        {!choice.filter && picture.matching.length > ROW_LIMIT ? (
          <button type="button" class="btn btn-small" onClick={() => onChoose({ allRows: !choice.allRows })}>
            {choice.allRows ? `只显示前 ${ROW_LIMIT} 项` : `显示全部 ${formatNumber(picture.matching.length)} 项`}
          </button>
        ) : null}
        {matrix.cities.length > CITY_LIMIT ? (
          <button type="button" class="btn btn-small" onClick={() => onChoose({ allCities: !choice.allCities })}>
            {choice.allCities ? `只显示提及最广的 ${CITY_LIMIT} 个城市` : `显示全部 ${formatNumber(matrix.cities.length)} 个城市`}
          </button>
        ) : null}
      </div>
    </>
  );
}
