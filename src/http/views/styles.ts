/**
 * The one stylesheet of the console and the portal, served from /assets/grondslag.css (the CSP allows
 * styles from this origin only, never inline). System fonts, no web fonts: nothing is fetched from
 * anywhere else, and pages render at once.
 */
export const stylesheet = `
:root {
  --ink: #1d2433; --muted: #5a6478; --line: #d8dce5; --bg: #f6f7f9; --card: #fff;
  --accent: #1f4fa3; --accent-ink: #fff; --error: #a4262c; --error-bg: #fdecec;
  --warning: #8a5300; --warning-bg: #fff4e0; --info: #245b8f; --info-bg: #e8f1fb;
  --ok: #1e6b3a; --ok-bg: #e7f5ec;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem 1rem; z-index: 10; }
.muted { color: var(--muted); }
.small { font-size: .875rem; }

/* Console layout: a bar on top, navigation on the left, content on the right. */
.topbar { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: .6rem 1.5rem; background: #14213d; color: #fff; }
.topbar a { color: #fff; }
.brand { font-weight: 700; letter-spacing: .02em; text-decoration: none; }
.brand span { font-weight: 400; opacity: .8; }
.who { display: flex; align-items: center; gap: .75rem; font-size: .9rem; }
.who form { margin: 0; }
.shell { display: grid; grid-template-columns: 13rem 1fr; min-height: calc(100vh - 3rem); }
.sidenav { background: var(--card); border-right: 1px solid var(--line); padding: 1rem 0; }
.sidenav ul { list-style: none; margin: 0; padding: 0; }
.sidenav a { display: block; padding: .5rem 1.5rem; color: var(--ink); text-decoration: none; border-left: 4px solid transparent; }
.sidenav a:hover { background: var(--bg); }
.sidenav a[aria-current="page"] { border-left-color: var(--accent); font-weight: 600; background: var(--bg); }
main.content { padding: 1.5rem 2rem 3rem; max-width: 75rem; }
@media (max-width: 48rem) { .shell { grid-template-columns: 1fr; } .sidenav ul { display: flex; flex-wrap: wrap; } }

/* Building blocks. */
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
.card > :first-child { margin-top: 0; }
.stats { display: flex; flex-wrap: wrap; gap: 1rem; margin-bottom: 1rem; }
.stat { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1.25rem; min-width: 9rem; }
.stat strong { display: block; font-size: 1.8rem; line-height: 1.2; }
.stat.error strong { color: var(--error); } .stat.warning strong { color: var(--warning); } .stat.info strong { color: var(--info); }
table { border-collapse: collapse; width: 100%; background: var(--card); border: 1px solid var(--line); }
th, td { text-align: left; vertical-align: top; padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
thead th { background: #eef0f4; font-size: .875rem; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.badge.error { background: var(--error-bg); color: var(--error); }
.badge.warning { background: var(--warning-bg); color: var(--warning); }
.badge.info { background: var(--info-bg); color: var(--info); }
.badge.ok { background: var(--ok-bg); color: var(--ok); }
.badge.plain { background: #eef0f4; color: var(--ink); }
.notice { border-radius: 8px; padding: .75rem 1rem; margin: 0 0 1rem; border: 1px solid; }
.notice.error { background: var(--error-bg); border-color: #f0b8bb; color: var(--error); }
.notice.ok { background: var(--ok-bg); border-color: #b5dcc3; color: var(--ok); }
.notice.info { background: var(--info-bg); border-color: #b9d3ee; color: var(--info); }
.secret { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 1.1rem; background: #fffbe6; border: 1px dashed #c9a300; padding: .4rem .6rem; border-radius: 4px; word-break: break-all; user-select: all; }
dl.facts { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; gap: .35rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }

/* Forms. */
form.stack { display: grid; gap: .9rem; max-width: 26rem; }
form.inline { display: inline-flex; gap: .5rem; align-items: center; margin: 0; }
label { font-weight: 600; display: block; margin-bottom: .25rem; }
input[type=email], input[type=password], input[type=text], select { font: inherit; width: 100%; padding: .5rem .6rem; border: 1px solid #aab2c2; border-radius: 6px; background: #fff; }
form.inline select, form.inline input { width: auto; }
button { font: inherit; font-weight: 600; padding: .5rem 1rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink); cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: #fff; color: var(--error); border-color: var(--error); }
button.link { background: none; border: none; color: inherit; text-decoration: underline; padding: 0; font-weight: 400; }
.hint { font-size: .875rem; color: var(--muted); margin: .25rem 0 0; }
.field-error { color: var(--error); font-size: .875rem; margin: .25rem 0 0; }

/* Sign-in: one card in the middle. */
.signin { max-width: 26rem; margin: 8vh auto; }
.signin .brand-line { text-align: center; font-size: 1.4rem; font-weight: 700; margin-bottom: 1rem; }

/* Public portal: a readable column of text. */
.portal-header { background: var(--card); border-bottom: 1px solid var(--line); }
.portal-header .inner, .portal-main, .portal-footer .inner { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
.portal-header .inner { display: flex; justify-content: space-between; align-items: center; min-height: 3.5rem; gap: 1rem; }
.portal-header .org { font-weight: 700; }
.langs { display: flex; gap: .75rem; list-style: none; margin: 0; padding: 0; }
.langs a[aria-current="true"] { font-weight: 700; color: var(--ink); text-decoration: none; }
.portal-main { padding-top: 1.5rem; padding-bottom: 3rem; background: var(--card); }
.portal-main h1 { font-size: 2rem; }
.portal-main h2 { border-top: 1px solid var(--line); padding-top: 1.25rem; }
.portal-main li { margin-bottom: .25rem; }
.privacy-statement .updated { color: var(--muted); margin-top: 0; }
.privacy-statement address { font-style: normal; }
.privacy-statement .table-wrap { overflow-x: auto; }
.portal-footer { border-top: 1px solid var(--line); padding: 1.25rem 0 2rem; color: var(--muted); font-size: .9rem; }
input[type=tel], input[type=number], input[type=file], textarea { font: inherit; width: 100%; padding: .5rem .6rem; border: 1px solid #aab2c2; border-radius: 6px; background: #fff; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .75rem; } label.choice { display: block; margin: .35rem 0; font-weight: 400; } label.choice .hint { display: inline; }
pre.letter { white-space: pre-wrap; background: var(--bg); padding: .75rem; border-radius: 6px; } details.message { margin-bottom: .5rem; } .grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 1rem; }
.card.actions form { border-bottom: 1px solid var(--line); padding-bottom: .9rem; margin-bottom: .9rem; } .card.actions form:last-child { border-bottom: 0; margin-bottom: 0; }
a.button { display: inline-block; font-weight: 600; padding: .5rem 1rem; border-radius: 6px; background: var(--accent); color: var(--accent-ink); text-decoration: none; } ol.history { padding-left: 1.25rem; }
.chart { width: 100%; height: auto; display: block; } .chart .grid { stroke: var(--line); } .chart .axis { font-size: 11px; fill: var(--muted); } .chart .bar { fill: #a9c0e6; } .chart .bar:hover { fill: #7f9fd6; } .chart .line { fill: none; stroke: var(--accent); stroke-width: 2; } .chart .dot { fill: var(--accent); } .legend .swatch { display: inline-block; width: .9rem; height: .6rem; margin: 0 .25rem 0 .75rem; border-radius: 2px; } .legend .swatch.bar { background: #a9c0e6; } .legend .swatch.line { background: var(--accent); height: .2rem; vertical-align: middle; } form.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin-bottom: 1rem; } form.filters label { margin: 0; } form.filters select { width: auto; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart .due.r0, .swatch.due.r0 { fill: #1f4fa3; background: #1f4fa3; } .chart .due.r1, .swatch.due.r1 { fill: #c96a12; background: #c96a12; } .chart .due.r2, .swatch.due.r2 { fill: #2e8b57; background: #2e8b57; } .chart .due.r3, .swatch.due.r3 { fill: #8e44ad; background: #8e44ad; } .chart .due.r4, .swatch.due.r4 { fill: #a4262c; background: #a4262c; } .chart .due.r5, .swatch.due.r5 { fill: #5a6478; background: #5a6478; } .legend .swatch.due { display: inline-block; width: .9rem; height: .6rem; margin: 0 .25rem 0 .75rem; border-radius: 2px; } form.inline input[type=text].reason { width: 14rem; } input[type=date] { font: inherit; padding: .45rem .6rem; border: 1px solid #aab2c2; border-radius: 6px; }
`;
