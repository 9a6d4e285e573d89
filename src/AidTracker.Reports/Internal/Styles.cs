namespace AidTracker.Reports.Internal;

/// <summary>The report's style sheet: system fonts only, readable from a phone to a printed page (A4 or
/// Letter).</summary>
internal static class Styles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --accent: #1f4e8c; --bad: #a40000; --good: #0b6b2b; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; padding: 1rem; max-width: 72rem; color: var(--ink); background: #fff;
               font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; overflow-wrap: break-word; }
        h1 { font-size: 1.6rem; margin: 0.2rem 0 0.4rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        p { margin: 0.4rem 0; }
        .meta, .note, figcaption { color: var(--muted); font-size: 0.92rem; }
        .headline { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 1rem 0; }
        .figure-box { border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.9rem; min-width: 0; flex: 1 1 16rem; }
        .figure-box .label { display: block; color: var(--muted); font-size: 0.9rem; }
        .figure-box .total { display: block; font-size: 1.35rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0 1.6rem; break-inside: avoid; page-break-inside: avoid; }
        svg.chart, img.chart { display: block; width: 100%; height: auto; max-width: 60rem; border: 1px solid var(--line); }
        .scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; margin: 0.4rem 0 1rem; font-size: 0.92rem; }
        caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f3f5f8; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .holds { color: var(--good); font-weight: 600; }
        .fails { color: var(--bad); font-weight: 600; }
        .undecided { color: var(--muted); font-weight: 600; }
        details { margin: 0.4rem 0; }
        summary { cursor: pointer; font-weight: 600; }
        a { color: var(--accent); }
        footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 0.6rem; }
        code { font-size: 0.9em; }
        @media (max-width: 40rem) { body { padding: 0.6rem; font-size: 15px; } h1 { font-size: 1.3rem; } }
        @page { margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          table { width: 100%; table-layout: fixed; }
          th, td, td.num { overflow-wrap: anywhere; white-space: normal; }
          a { color: inherit; text-decoration: none; }
          svg.chart, img.chart { max-width: 100%; }
          details > summary { list-style: none; }
        }
        """;
}
