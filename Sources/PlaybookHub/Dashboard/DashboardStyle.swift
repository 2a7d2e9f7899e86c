/// `hub.css`: the dashboard's (and the sign-in page's) one style sheet, served as a file so the
/// Content-Security-Policy needs no inline styles. Light and dark by `prefers-color-scheme`,
/// one column on a phone, charts beside each other on a wide screen.
enum DashboardStyle {
    static let css = """
    :root {
      color-scheme: light dark;
      --bg: #f7f7f5; --fg: #1d1d1f; --muted: #5f6368; --card: #ffffff; --line: #d9d9d6;
      --accent: #1f5fbf; --good: #1e8a4c; --warn: #c4522a; --soon: #a86b00; --grid: #e6e6e3;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #16181c; --fg: #e8e8e6; --muted: #a4a8ae; --card: #1f2227; --line: #3a3e45;
        --accent: #7fb0ff; --good: #5cc98a; --warn: #ff8a65; --soon: #f2b84b; --grid: #2c3036;
      }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0; background: var(--bg); color: var(--fg);
      font: 16px/1.5 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
    }
    header { background: var(--card); border-bottom: 1px solid var(--line); }
    nav { max-width: 1200px; margin: 0 auto; padding: 0.6rem 1rem; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
    nav .brand { font-weight: 700; color: var(--fg); }
    nav .signout { margin: 0 0 0 auto; }
    nav .signout button { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; min-height: 0; cursor: pointer; text-decoration: underline; }
    a { color: var(--accent); }
    main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.5rem; margin: 0.5rem 0 1rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
    footer { max-width: 1200px; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: 0.85rem; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: 0.6rem; margin: 0 0 1.2rem; }
    .figures div { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 0.75rem; }
    .figures dt { color: var(--muted); font-size: 0.85rem; }
    .figures dd { margin: 0; font-size: 1.25rem; font-weight: 600; overflow-wrap: anywhere; }
    .grid { display: grid; grid-template-columns: 1fr; gap: 1rem; margin-bottom: 1.2rem; }
    @media (min-width: 800px) { .grid { grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); } }
    .grid > div, section.table { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem; }
    section.table { margin-bottom: 1.2rem; }
    svg.chart { width: 100%; max-width: 560px; height: auto; display: block; font-size: 11px; fill: var(--muted); }
    svg.chart .bar { fill: var(--accent); }
    svg.chart .good { fill: var(--good); }
    svg.chart .warn { fill: var(--warn); }
    svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
    svg.chart .grid { stroke: var(--grid); stroke-width: 1; }
    svg.chart .target { stroke: var(--good); stroke-width: 1; stroke-dasharray: 4 3; }
    svg.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
    svg.chart .dot { fill: var(--accent); }
    .note { color: var(--muted); font-size: 0.875rem; margin: 0.4rem 0 0; }
    .csv { margin: 0.2rem 0 0.5rem; font-size: 0.875rem; }
    .empty { color: var(--muted); }
    .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { color: var(--muted); font-weight: 600; white-space: nowrap; }
    td { white-space: nowrap; }
    td .wide-list { min-width: 17rem; white-space: pre-line; }
    td .wide { min-width: 13rem; max-width: 28rem; white-space: normal; overflow-wrap: anywhere; }
    td.name { white-space: nowrap; }
    td .detail { display: block; color: var(--muted); font-size: 0.78rem; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; min-width: 0; }
    .flag { color: var(--warn); font-weight: 600; }
    .status-certified { color: var(--good); font-weight: 600; }
    .status-expiringSoon { color: var(--soon); font-weight: 600; }
    .status-expired { color: var(--warn); font-weight: 600; }
    .status-none { color: var(--muted); }
    form.filters, p.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0 0 1rem; }
    form.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
    input, select, button { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg); }
    button { background: var(--accent); color: var(--bg); border-color: var(--accent); cursor: pointer; }
    .hub-signin main { max-width: 26rem; }
    .hub-signin form label { display: block; margin: 0 0 0.9rem; color: var(--muted); font-size: 0.9rem; }
    .hub-signin form input { display: block; width: 100%; box-sizing: border-box; min-height: 44px; margin-top: 0.3rem; color: var(--fg); font-size: 1rem; }
    .hub-signin form button { width: 100%; min-height: 44px; margin-top: 0.4rem; }
    .hub-signin .hub-hint { color: var(--muted); }
    .hub-signin .hub-or { text-align: center; color: var(--muted); margin: 0.2rem 0 0.9rem; }
    .hub-signin .hub-error { color: var(--warn); font-weight: 600; }

    """
}
