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
  // GROUP: an actor the store names no entity for ("Lao officials"), kept apart from people.
  const types = ['PERSON', 'ORG', 'GPE', 'LOC', 'GROUP'];
  const typeOf = (n) => (types.includes(n.type) ? types.indexOf(n.type) : types.length - 1);
  // The legend lists only the types some node has.
  const present = types.filter((t, i) => network.nodes.some((n) => typeOf(n) === i));
  const max = Math.max(1, ...network.nodes.map((n) => n.events));
  // A force layout reads best for a few contacts but does not keep many inside the box; a circle does.
  const many = network.nodes.length > 14;
  el.classList.toggle('many', many);
  // On a phone the circle keeps room of its own: shorter labels and narrower margins.
  const narrow = el.clientWidth < 560;
  const room = narrow ? 92 : 160;
  chart.resize();
  chart.setOption({
    animation: false,
    color: ['#1f5fbf', '#7a3fb0', '#0f7a55', '#8a5a00', '#5a6372'],
    textStyle: { fontFamily: FONT },
    legend: { top: 0, data: present.map((t) => ({ name: t })) },
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `${p.data.sourceName} – ${p.data.targetName}: ${p.data.value} event${p.data.value > 1 ? 's' : ''} (${p.data.formsText})`
        : `${p.data.name}: ${p.data.value} event${p.data.value > 1 ? 's' : ''}`), // the full name; the label may be shortened
    },
    series: [{
      type: 'graph',
      layout: many ? 'circular' : 'force',
      roam: true,
      draggable: !many,
      // Room for the labels around a circle.
      top: many ? (narrow ? 40 + room : 140) : 44,
      bottom: many ? room : 30,
      left: many ? room : 40,
      right: many ? room : 40,
      categories: types.map((t) => ({ name: t })),
      // Labels are shortened (the tooltip has the whole name), one that would cover another is left
      // out, and one that would run past the chart's edge is drawn on the node's other side or moved in.
      label: { show: true, position: 'right', fontFamily: FONT, formatter: (p) => short(p.data.name, many ? (narrow ? 9 : 15) : (narrow ? 14 : 18)) },
      labelLayout: (p) => placeLabel(p, chart, many),
      circular: { rotateLabel: true },
      // Starting from a circle rather than random places, the same address draws the same picture.
      force: { initLayout: 'circular', repulsion: 260, edgeLength: [70, 160], gravity: 0.08, layoutAnimation: false },
      lineStyle: { color: '#8894a6', opacity: 0.8, curveness: 0.08 },
      data: network.nodes.map((n) => ({
        id: n.id,
        name: nodeName(n),
        value: n.events,
        category: typeOf(n),
        symbolSize: narrow && many ? (center.has(n.id) ? 22 : 8 + 12 * Math.sqrt(n.events / max))
          : center.has(n.id) ? 34 : 12 + 22 * Math.sqrt(n.events / max),
        itemStyle: center.has(n.id) ? { borderColor: '#152238', borderWidth: 3 } : undefined,
      })),
      links: network.edges.map((e) => ({
        source: e.source,
        target: e.target,
        value: e.weight,
        sourceName: nodeName(network.nodes.find((n) => n.id === e.source) || {}),
        targetName: nodeName(network.nodes.find((n) => n.id === e.target) || {}),
        formsText: Object.entries(e.forms).map(([f, n]) => `${label(f)} ${n}`).join(', '),
        lineStyle: { width: 1 + Math.min(6, e.weight) },
      })),
    }],
  });
  if (onPick) chart.on('click', (p) => { if (p.dataType === 'node') onPick(p.data.id); });
  return chart;
}

/** A node's name; a group the store has no name for ("group:…/la-officials") by its last part ("LA officials"). */
function nodeName(n) {
  if (n.name !== n.id || !/^group:/.test(n.id)) return n.name;
  const words = n.id.slice(n.id.lastIndexOf('/') + 1).split('-');
  if (words.length > 1 && words[0].length === 2) words[0] = words[0].toUpperCase();
  return words.join(' ');
}

/** A name as a node's label: at most 18 characters, cut at a word where it can be. */
export function short(name, max = 18) {
  const s = String(name || '');
  if ([...s].length <= max) return s;
  const cut = [...s].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return (space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '') + '…';
}

/** Where a network label goes: never over the legend (its first 32 px) or past the chart's edges. */
function placeLabel(p, chart, rotated) {
  const out = { hideOverlap: true };
  if (rotated) return out; // around a circle the series' margins leave room for a short label
  const W = chart.getWidth();
  const H = chart.getHeight();
  const r = p.labelRect;
  let x = r.x;
  let y = r.y;
  if (x + r.width > W - 4) x = p.rect.x - 4 - r.width; // left of its node
  x = Math.max(4, Math.min(x, W - 4 - r.width));
  y = Math.max(32, Math.min(y, H - 4 - r.height));
  if (x !== r.x || y !== r.y) Object.assign(out, { x, y, align: 'left', verticalAlign: 'top' });
  return out;
}

// ------------------------------------------------------------------ the world map

let world = null;

/**
 * The world's countries (Natural Earth 1:110m, from the npm package world-atlas, served by amity
 * under vendor/), registered with ECharts as the map 'world': each shape named by its ISO 3166
 * numeric code ("192" for Cuba), Antarctica left out. Resolves to {names: Map code -> English name,
 * centres: Map code -> [lon, lat]}, or null when the build has no map (npm could not fetch it).
 */
export function loadWorld() {
  if (!world) {
    world = (async () => {
      if (!window.echarts || !window.topojson) return null;
      const res = await fetch('vendor/world-atlas/countries-110m.json');
      if (!res.ok) return null;
      const topo = await res.json();
      const geo = window.topojson.feature(topo, topo.objects.countries);
      const names = new Map();
      const centres = new Map();
      geo.features = geo.features.filter((f) => f.id !== '010');
      for (const f of geo.features) {
        unwrap(f.geometry);
        const code = f.id || `x-${f.properties.name}`;
        names.set(code, f.properties.name);
        centres.set(code, centre(f.geometry));
        f.properties = { name: code };
      }
      window.echarts.registerMap('world', geo);
      return { names, centres };
    })().catch(() => null);
  }
  return world;
}

/**
 * Rings that cross the 180th meridian (Russia's far east, Fiji) made continuous, their far side past
 * 180°, so that no edge is drawn across the whole map.
 */
function unwrap(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const poly of polygons) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const d = ring[i][0] - ring[i - 1][0];
        if (d > 180) ring[i] = [ring[i][0] - 360, ring[i][1]];
        else if (d < -180) ring[i] = [ring[i][0] + 360, ring[i][1]];
      }
    }
  }
}

/** The centroid of a shape's largest ring (so France is placed in Europe, not between it and Guiana). */
function centre(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = null;
  let bestArea = -1;
  for (const poly of polygons) {
    const ring = poly[0];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f;
      cx += (ring[j][0] + ring[i][0]) * f;
      cy += (ring[j][1] + ring[i][1]) * f;
    }
    if (Math.abs(a) > bestArea && a !== 0) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return best;
}

/**
 * Events by country and by place over the world map. Countries are shaded by the events that involve
 * them (data.countries from /api/map); places are points at their country's centre, several of one
 * country on a small ring around it (the store keeps no coordinates). onPick(iso2) is called when a
 * country with events, or a place in one, is clicked; selected (iso2 or null) is drawn with a dark border.
 */
export function mapChart(el, atlas, data, selected, onPick) {
  const chart = el.__chart && !el.__chart.isDisposed() ? el.__chart : init(el);
  if (!chart) return null;
  el.__chart = chart;
  const byCode = new Map(data.countries.filter((c) => c.iso_numeric).map((c) => [c.iso_numeric, c]));
  const max = Math.max(1, ...data.countries.map((c) => c.events));
  const maxPlace = Math.max(1, ...data.places.map((p) => p.events));
  const placed = new Map();
  const points = [];
  for (const p of data.places) {
    if (!p.iso_numeric || !atlas.centres.get(p.iso_numeric)) continue;
    if (!placed.has(p.iso_numeric)) placed.set(p.iso_numeric, []);
    placed.get(p.iso_numeric).push(p);
  }
  for (const [code, list] of placed) {
    const [lon, lat] = atlas.centres.get(code);
    list.forEach((p, i) => {
      const angle = (2 * Math.PI * i) / list.length - Math.PI / 2;
      const r = list.length > 1 ? 2.2 : 0;
      points.push({
        name: p.name,
        value: [lon + r * Math.cos(angle), lat + r * Math.sin(angle), p.events],
        country: (byCode.get(code) || {}).name || atlas.names.get(code),
        entity: p.entity,
        iso2: p.country,
        symbolSize: 6 + 10 * Math.sqrt(p.events / maxPlace),
      });
    });
  }
  const selectedCode = selected && (data.countries.find((c) => c.country === selected) || {}).iso_numeric;
  const narrow = el.clientWidth < 500;
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        if (p.seriesType === 'scatter') {
          const n = p.value[2];
          return `${p.name}${p.data.country && p.data.country !== p.name ? ` (${p.data.country})` : ''}: ${n} event${n === 1 ? '' : 's'} took place here`
            + '<br><span style="opacity:.7">drawn at the country\'s centre</span>';
        }
        const c = byCode.get(p.name);
        const name = c ? c.name : atlas.names.get(p.name) || p.name;
        const n = c ? c.events : 0;
        return `${name}: ${n} event${n === 1 ? '' : 's'}${c ? ' — click to show only these' : ''}`;
      },
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: 1,
      max: Math.max(2, max),
      inRange: { color: ['#cfe0f7', '#1f5fbf', '#0d2f66'] },
      text: [String(max), '1'],
      orient: 'horizontal',
      left: 8,
      bottom: 4,
      itemHeight: narrow ? 80 : 120,
      itemWidth: 10,
      calculable: false,
      textStyle: { fontSize: 11 },
    },
    geo: {
      map: 'world',
      roam: false,
      top: 8,
      bottom: 30,
      left: 4,
      right: 4,
      itemStyle: { areaColor: '#eceff3', borderColor: '#ffffff', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c14e' } },
      // The country shown is outlined.
      regions: selectedCode ? [{ name: selectedCode, itemStyle: { borderColor: '#152238', borderWidth: 1.5 } }] : [],
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: data.countries.filter((c) => c.iso_numeric).map((c) => ({
          name: c.iso_numeric,
          value: c.events,
          country: c.country,
        })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        data: points,
        itemStyle: { color: '#c0651a', borderColor: '#ffffff', borderWidth: 1, opacity: 0.85 },
        zlevel: 1,
      },
    ],
  }, true);
  chart.off('click');
  if (onPick) {
    chart.on('click', (p) => {
      // A place picks its country too.
      if (p.seriesType === 'scatter') {
        if (data.countries.some((c) => c.country === p.data.iso2)) onPick(p.data.iso2);
        return;
      }
      const code = p.seriesType === 'map' || p.componentType === 'geo' ? p.name : null;
      const c = code && byCode.get(code);
      if (c) onPick(c.country);
    });
  }
  return chart;
}
