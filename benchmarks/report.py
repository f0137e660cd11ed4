"""The table of benchmarks/run_all.py: one Markdown table of every #17 measurement with its
reference, ratio, goal and verdict, a compact view of the pages (% of the static file), the
stage times and the machine. Works on the plain results dictionary run_all builds (JSON)."""

PAGE_GOALS = {"cached": 90.0, "uncached": 5.0}  # % of the static file's req/s
SEARCH_GOALS = {1: 2.0, 8: 2.5}  # view / raw Elasticsearch, by concurrency
CLAUSE_PAGE_GOAL = 1.5  # clause page at the largest size / at the smallest
REINDEX_GOALS = {"elasticsearch": 120.0, "database": 60.0}  # s at 100,000 clauses
DB_SEARCH_GOAL_MS = 300.0  # p50 at 100,000 clauses
GOAL_SIZE = 100_000
# The search pages are judged by the search view's goal (item 5), not the uncached pages' one.
SEARCH_PAGES = {"database search"}


def verdict(value, limit, at_most=True):
    if limit is None:
        return ""
    return "✓" if (value <= limit if at_most else value >= limit) else "✗"


def page_goal(mode, label):
    if mode.startswith("cached"):
        return PAGE_GOALS["cached"]
    if mode.startswith("uncached") and label not in SEARCH_PAGES:
        return PAGE_GOALS["uncached"]
    return None


def page_rows(pages):
    rows = []
    for mode, row in pages["table"]:
        static = row["static CSS"]["rate"]
        for label, cell in row.items():
            if label == "static CSS":
                continue
            share = 100 * cell["rate"] / static
            goal = page_goal(mode, label)
            notes = [f"HTTP {cell['status']}", f"X-Cache {cell['x_cache']}"]
            if cell["errors"]:
                notes.append(f"{cell['errors']} non-2xx or timed out")
            rows.append(
                (
                    "1 pages",
                    f"{label}, {mode} ({', '.join(notes)})",
                    f"{cell['rate']:,.0f} req/s",
                    f"static {static:,.0f} req/s",
                    f"{share:.1f} %",
                    f"≥ {goal:g} %" if goal is not None else "—",
                    verdict(share, goal, at_most=False),
                )
            )
    return rows


def search_rows(search):
    rows = []
    for size, concurrency, view, raw in search:
        goal = SEARCH_GOALS.get(concurrency)
        for stat in ("p50", "p95"):
            ratio = view[stat] / raw[stat]
            rows.append(
                (
                    "2 search",
                    f"view vs raw Elasticsearch, {size:,} clauses, concurrency {concurrency}, "
                    f"{stat} (n={view['n']})",
                    f"{view[stat]:.1f} ms",
                    f"raw {raw[stat]:.1f} ms",
                    f"{ratio:.2f}×",
                    f"≤ {goal:g}×" if goal else "—",
                    verdict(ratio, goal),
                )
            )
    return rows


def clause_page_rows(clause_page):
    if not clause_page:
        return []
    small, large = clause_page[0], clause_page[-1]
    ratio = large["p50"] / small["p50"]
    return [
        (
            "3 clause page",
            f"clause page p50 (page cache missed, fragments warm), {large['size']:,} vs "
            f"{small['size']:,} clauses (related query p50 {large['related_p50']:.2f} vs "
            f"{small['related_p50']:.2f} ms)",
            f"{large['p50']:.1f} ms",
            f"{small['p50']:.1f} ms",
            f"{ratio:.2f}×",
            f"≤ {CLAUSE_PAGE_GOAL:g}×",
            verdict(ratio, CLAUSE_PAGE_GOAL),
        )
    ]


def reindex_rows(reindex):
    rows = []
    for size, backend, seconds in reindex:
        goal = REINDEX_GOALS[backend] if size == GOAL_SIZE else None
        rows.append(
            (
                "4 reindex",
                f"update_index, {backend}, {size:,} clauses ({size / seconds:,.0f}/s)",
                f"{seconds:.1f} s",
                f"goal {goal:g} s" if goal else "—",
                f"{seconds / goal:.2f}× goal" if goal else "—",
                f"≤ {goal:g} s" if goal else "(goal at 100,000)",
                verdict(seconds, goal),
            )
        )
    return rows


def db_search_rows(db_search):
    rows = []
    for size, stats in db_search:
        goal = DB_SEARCH_GOAL_MS if size == GOAL_SIZE else None
        rows.append(
            (
                "5 db search",
                f"database-backend search view p50, {size:,} clauses, concurrency 1 "
                f"(p95 {stats['p95']:.0f} ms, n={stats['n']})",
                f"{stats['p50']:.0f} ms",
                f"goal {goal:g} ms" if goal else "—",
                f"{stats['p50'] / goal:.2f}× goal" if goal else "—",
                f"≤ {goal:g} ms" if goal else "(goal at 100,000)",
                verdict(stats["p50"], goal),
            )
        )
    return rows


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def pages_matrix(pages):
    """Page types down, modes across: % of the static file's req/s in the same mode."""
    modes = [mode for mode, _row in pages["table"]]
    labels = list(dict.fromkeys(label for _mode, row in pages["table"] for label in row))
    rows = []
    for label in labels:
        cells = []
        for mode, row in pages["table"]:
            if label not in row:
                cells.append("—")
                continue
            rate, static = row[label]["rate"], row["static CSS"]["rate"]
            if label == "static CSS":
                cells.append(f"{rate:,.0f} req/s")
            else:
                share = 100 * rate / static
                cells.append(f"{share:.1f} % {verdict(share, page_goal(mode, label), False)}")
        rows.append((label, *cells))
    return markdown_table(("page", *modes), rows)


def machine_lines(machine):
    return [
        f"- Date: {machine['date']}; git commit {machine['commit']}",
        f"- CPU: {machine['cpus']} × {machine['cpu_model']}; RAM {machine['ram_gb']:.1f} GB",
        f"- Load average (1/5/15 min): {machine['load_start']} at the start, "
        f"{machine.get('load_end', '?')} at the end",
        f"- Other processes at the start: {machine.get('others') or 'none noticed'}; at the "
        f"end (this run's own stopped): {machine.get('others_end') or 'none noticed'}",
        f"- Options: {machine['options']}",
    ]


def render(results):
    """The whole report, Markdown (also readable as it is in a terminal)."""
    rows = page_rows(results["pages"]) if results.get("pages") else []
    rows += search_rows(results.get("search", []))
    rows += clause_page_rows(results.get("clause_page", []))
    rows += reindex_rows(results.get("reindex", []))
    rows += db_search_rows(results.get("db_search", []))
    lines = ["# #17 benchmark (`make bench`)", "", *machine_lines(results["machine"]), ""]
    lines += markdown_table(
        ("item", "measurement", "measured", "reference", "ratio", "goal", "met"), rows
    )
    if results.get("pages"):
        pages = results["pages"]
        lines += [
            "",
            f"Pages at a glance: % of the static file's req/s, wrk {pages['connections']} "
            f"connections × {pages['seconds']} s, gunicorn 2 workers × 4 threads, production "
            "settings. The static file is measured before and after each mode's pages; the "
            "higher rate is the reference. Uncached: page cache off, fragment caches warm. "
            "Cold: Django's cache keeps nothing (a DummyCache), so every request is the first "
            "after clearing every cache.",
            "",
            *pages_matrix(pages),
        ]
    stages = results.get("stages", [])
    if stages:
        lines += ["", *markdown_table(("stage", "seconds"), [(n, f"{s:.0f}") for n, s in stages])]
        lines += ["", f"Total: {sum(s for _n, s in stages) / 60:.1f} min"]
    return "\n".join(lines) + "\n"
