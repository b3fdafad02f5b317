// Charts drawn with ECharts (served from this server: vendor/echarts, copied from its WebJar at build
// time), rendered as SVG so that they stay crisp and can be checked in the page.
import { label } from './ui.js';

const FONT = getComputedStyle(document.documentElement).getPropertyValue('--sans').trim() || 'sans-serif';
const COLORS = ['#1f5fbf', '#0f7a55', '#c0651a', '#7a3fb0', '#b3261e', '#5a6372', '#2d9cdb', '#9b870c'];

const live = new Set();
window.addEventListener('resize', () => live.forEach((c) => (c.isDisposed() ? live.delete(c) : c.resize())));

function init(el) {
  if (!window.echarts) {
    el.textContent = 'The chart library did not load.';
    return null;
  }
  const c = window.echarts.init(el, null, { renderer: 'svg' });
  live.add(c);
  return c;
}

/** Disposes of the charts of a page that is no longer shown. */
export function disposeAll() {
  live.forEach((c) => c.dispose());
  live.clear();
}

/** Every month from the first to the last (yyyy-mm), so that gaps show as gaps. */
export function monthRange(months) {
  const sorted = [...months].sort();
  if (!sorted.length) return [];
  const out = [];
  let [y, m] = sorted[0].split('-').map(Number);
  const [ly, lm] = sorted[sorted.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/**
 * Events per month, stacked by type.
 *
 * counts: Map month -> Map type -> n; onPick(month) is called when a bar is clicked.
 */
export function monthChart(el, counts, onPick) {
  const chart = init(el);
  if (!chart) return null;
  const months = monthRange([...counts.keys()]);
  const types = [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))].sort();
  chart.setOption({
    animation: false,
    color: COLORS,
    textStyle: { fontFamily: FONT },
    // The legend stays on one line (it scrolls when the types do not fit, as on a phone) and the
    // plot starts below it, so that it never covers the axis name.
    grid: { left: 40, right: 16, top: 52, bottom: 56 },
    legend: { type: 'scroll', top: 0, left: 0, right: 0, data: types },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: months, axisLabel: { rotate: months.length > 12 ? 45 : 0 } },
    yAxis: { type: 'value', minInterval: 1, name: 'events', nameGap: 12, nameTextStyle: { align: 'left' } },
    series: types.map((t) => ({
      name: t,
      type: 'bar',
      stack: 'events',
      barMaxWidth: 36,
      emphasis: { focus: 'series' },
      data: months.map((m) => (counts.get(m) && counts.get(m).get(t)) || 0),
    })),
  });
  if (onPick) chart.on('click', (p) => onPick(p.name));
  return chart;
}

/**
 * Who met whom: nodes sized by events, edges weighted by events shared; centre nodes drawn larger.
 * onPick(id) is called when a node is clicked.
 */
export function networkChart(el, network, onPick) {
  const chart = init(el);
  if (!chart) return null;
  const center = new Set(network.center || []);
  const types = ['PERSON', 'ORG', 'GPE', 'LOC'];
  const max = Math.max(1, ...network.nodes.map((n) => n.events));
  // A force layout reads best for a few contacts but does not keep many inside the box; a circle does.
  const many = network.nodes.length > 14;
  el.classList.toggle('many', many);
  chart.resize();
  chart.setOption({
    animation: false,
    color: ['#1f5fbf', '#7a3fb0', '#0f7a55', '#8a5a00'],
    textStyle: { fontFamily: FONT },
    legend: { top: 0, data: types.map((t) => ({ name: t })) },
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `${p.data.sourceName} – ${p.data.targetName}: ${p.data.value} event${p.data.value > 1 ? 's' : ''} (${p.data.formsText})`
        : `${p.data.name}: ${p.data.value} event${p.data.value > 1 ? 's' : ''}`),
    },
    series: [{
      type: 'graph',
      layout: many ? 'circular' : 'force',
      roam: true,
      draggable: !many,
      // Room for the labels around a circle.
      top: many ? 125 : 40,
      bottom: many ? 110 : 30,
      left: many ? 160 : 40,
      right: many ? 160 : 40,
      categories: types.map((t) => ({ name: t })),
      label: { show: true, position: 'right', fontFamily: FONT },
      circular: { rotateLabel: true },
      // Starting from a circle rather than random places, the same address draws the same picture.
      force: { initLayout: 'circular', repulsion: 260, edgeLength: [70, 160], gravity: 0.08, layoutAnimation: false },
      lineStyle: { color: '#8894a6', opacity: 0.8, curveness: 0.08 },
      data: network.nodes.map((n) => ({
        id: n.id,
        name: n.name,
        value: n.events,
        category: Math.max(0, types.indexOf(n.type)),
        symbolSize: center.has(n.id) ? 34 : 12 + 22 * Math.sqrt(n.events / max),
        itemStyle: center.has(n.id) ? { borderColor: '#152238', borderWidth: 3 } : undefined,
      })),
      links: network.edges.map((e) => ({
        source: e.source,
        target: e.target,
        value: e.weight,
        sourceName: (network.nodes.find((n) => n.id === e.source) || {}).name,
        targetName: (network.nodes.find((n) => n.id === e.target) || {}).name,
        formsText: Object.entries(e.forms).map(([f, n]) => `${label(f)} ${n}`).join(', '),
        lineStyle: { width: 1 + Math.min(6, e.weight) },
      })),
    }],
  });
  if (onPick) chart.on('click', (p) => { if (p.dataType === 'node') onPick(p.data.id); });
  return chart;
}
