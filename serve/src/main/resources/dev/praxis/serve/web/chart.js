// The remaining balance of a loan over its payments, as inline SVG from the amortization_schedule result.
const SVG = 'http://www.w3.org/2000/svg';
let charts = 0;
const W = 560, H = 260, LEFT = 70, RIGHT = 16, TOP = 16, BOTTOM = 40;

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function compact(amount) {
  return amount >= 1e6 ? `${(amount / 1e6).toFixed(1)}M` : amount >= 1e3 ? `${Math.round(amount / 1e3)}k` : `${Math.round(amount)}`;
}

/**
 * A figure with the chart and a one-line summary (the same facts for screen readers as the picture).
 * @param schedule the tool's result: principal, currency, rows [{number, balance, ...}], total_interest
 */
export function amortizationChart(schedule) {
  const rows = schedule.rows;
  const principal = Number(schedule.principal);
  const months = rows[rows.length - 1].number;
  const x = (n) => LEFT + (n / months) * (W - LEFT - RIGHT);
  const y = (b) => TOP + (1 - b / principal) * (H - TOP - BOTTOM);
  const points = [[0, principal], ...rows.map((r) => [r.number, Number(r.balance)])];
  const line = points.map(([n, b], i) => `${i ? 'L' : 'M'}${x(n).toFixed(1)},${y(b).toFixed(1)}`).join(' ');

  const id = `chart-${++charts}`;
  const text = `Balance of ${principal.toFixed(2)} ${schedule.currency} at ${schedule.annual_rate_percent} % `
    + `falls to 0 over ${months} payments of ${Number(schedule.scheduled_payment).toFixed(2)}; `
    + `total interest ${Number(schedule.total_interest).toFixed(2)} ${schedule.currency}.`;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`, class: 'chart' });
  chart.append(svg('title', { id: `${id}-t` }, 'Remaining balance by month'), svg('desc', { id: `${id}-d` }, text));
  const axes = svg('g', { class: 'axes' });
  axes.append(svg('line', { x1: LEFT, y1: H - BOTTOM, x2: W - RIGHT, y2: H - BOTTOM }),
    svg('line', { x1: LEFT, y1: TOP, x2: LEFT, y2: H - BOTTOM }));
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const b = principal * share;
    axes.append(svg('line', { class: 'grid', x1: LEFT, y1: y(b), x2: W - RIGHT, y2: y(b) }),
      svg('text', { x: LEFT - 8, y: y(b) + 4, 'text-anchor': 'end' }, compact(b)));
  }
  const step = months > 120 ? 60 : months > 24 ? 12 : 1;
  for (let n = 0; n <= months; n += step) {
    const label = step >= 12 ? `${n / 12}y` : `${n}`;
    axes.append(svg('text', { x: x(n), y: H - BOTTOM + 18, 'text-anchor': 'middle' }, label));
  }
  axes.append(svg('text', { x: (LEFT + W - RIGHT) / 2, y: H - 4, 'text-anchor': 'middle' }, 'payments'));
  const area = `${line} L${x(months).toFixed(1)},${y(0).toFixed(1)} L${x(0).toFixed(1)},${y(0).toFixed(1)} Z`;
  chart.append(axes, svg('path', { class: 'area', d: area }), svg('path', { class: 'balance', d: line }));

  const figure = document.createElement('figure');
  figure.className = 'schedule';
  const caption = document.createElement('figcaption');
  caption.textContent = text;
  figure.append(chart, caption);
  return figure;
}
