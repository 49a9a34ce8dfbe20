"""Geometry of the server-rendered SVG charts; the templates draw them (so all text is escaped).

A count chart puts every report of one category at (report time, value): superseded, lagged,
conflicting and retracted reports get their own marks, a range is drawn as a bar, and the
current value as a horizontal line. A sparkline shows reports per day (or per week or month,
when an event spans long), so the events list shows at a glance whether a story is still active.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from markupsafe import Markup, escape

from storyline.web.count_view import CountView, ReportedCount
from storyline.web.views import format_time

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 14, 34


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    y_low: float | None  # range bar, when the report gives bounds
    y_high: float | None
    status: str
    label: str  # tooltip / accessible name
    article_id: str
    open_to: float | None = None  # y the open band of "at least"/"up to" reaches
    trend: str | None = None  # "rising" / "falling": an arrow beside the mark


@dataclass(frozen=True, slots=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One source's reports of a count joined in report order (the chart's per-source view)."""

    name: str
    points: str  # SVG polyline points "x,y x,y ..."
    index: int  # its colour among MAX_SOURCE_LINES


MAX_SOURCE_LINES = 8  # more lines than this are unreadable: the most prolific sources are drawn


@dataclass(frozen=True, slots=True)
class CountChart:
    width: int
    height: int
    left: int
    right: int  # x of the plot's right edge
    top: int
    bottom: int  # y of the plot's bottom edge
    points: list[Point]
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    current_y: float | None
    current_label: str
    source_lines: tuple[SourceLine, ...] = ()


def value_ticks(peak: float, most: int = 5) -> list[int]:
    """Whole-number ticks from 0 up to at least `peak`, at most `most` intervals, at a round
    step (1, 2, 5 times a power of ten; 25 too): counts of people are never fractional."""
    target = max(peak, 1.0) / most
    magnitude = 10 ** max(len(str(int(target))) - 1, 0)
    step = next(
        (m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= target
         and float(m * magnitude).is_integer()),
        10 * magnitude,
    )
    step = int(step)
    top = step * max(1, -(-int(peak) // step))
    if top < peak:
        top += step
    return list(range(0, top + 1, step))


def count_label(value: float) -> str:
    """1,234 (thousands separated; whole numbers without a decimal point)."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _time_scale(times: Sequence[datetime]) -> tuple[datetime, float]:
    start, end = min(times), max(times)
    span = (end - start).total_seconds()
    return start, span


def count_chart(count: CountView, *, by_source: bool = False) -> CountChart | None:
    """The chart of one count's reported values over report time (with `by_source`, a line
    joining each source's reports); None without reports."""
    history = [h for h in count.history if h.reported is not None]
    if not history:
        return None
    times = [h.reported for h in history if h.reported is not None]
    start, span = _time_scale(times)
    values = [float(h.high or h.value or 0) for h in history]
    current = count.current
    current_value = current.value if current is not None else None
    ticks = value_ticks(max([*values, float(current_value or 0)]) * 1.05)
    top_value = float(ticks[-1])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(moment: datetime) -> float:
        if span <= 0:
            return LEFT + plot_w / 2
        return LEFT + plot_w * (moment - start).total_seconds() / span

    def y_of(value: float) -> float:
        return TOP + plot_h * (1 - value / top_value)

    points = [_point(h, t, x_of, y_of, count.category)
              for h, t in zip(history, times, strict=True)]
    return CountChart(
        width=WIDTH, height=HEIGHT, left=LEFT, right=WIDTH - RIGHT, top=TOP,
        bottom=HEIGHT - BOTTOM, points=points,
        y_ticks=[Tick(round(y_of(value), 1), count_label(value)) for value in ticks],
        x_ticks=_x_ticks(start, span, x_of),
        current_y=round(y_of(float(current_value)), 1) if current_value is not None else None,
        current_label=f"current: {current.phrase}" if current is not None else "",
        source_lines=_source_lines(history, points) if by_source else (),
    )


def _source_lines(history: Sequence[ReportedCount], points: Sequence[Point]) -> tuple[
        SourceLine, ...]:
    """A polyline per source through its points, for the sources with the most reports."""
    by_source: dict[str, list[Point]] = {}
    for report, point in zip(history, points, strict=True):
        by_source.setdefault(report.source or "unknown source", []).append(point)
    ranked = sorted(by_source.items(), key=lambda item: (-len(item[1]), item[0]))
    return tuple(
        SourceLine(name, " ".join(f"{p.x},{p.y}" for p in sorted(marks, key=lambda p: p.x)), i)
        for i, (name, marks) in enumerate(ranked[:MAX_SOURCE_LINES])
    )


def _point(
    report: ReportedCount,
    moment: datetime,
    x_of: Callable[[datetime], float],
    y_of: Callable[[float], float],
    category: str,
) -> Point:
    low, high = report.low, report.high
    ranged = low is not None and high is not None and low != high
    source = f", {report.source}" if report.source else ""
    trend = report.trend if report.trend in ("rising", "falling") else None
    return Point(  # rounded: the template prints them as they are
        x=round(x_of(moment), 1),
        y=round(y_of(float(report.value or 0)), 1),
        y_low=round(y_of(float(low)), 1) if ranged and low is not None else None,
        y_high=round(y_of(float(high)), 1) if ranged and high is not None else None,
        status=report.status,
        label=(f"{report.phrase} {category}{', ' + trend if trend else ''}, {report.status}, "
               f"reported {format_time(moment)}{source}"),
        article_id=report.article_id,
        open_to=_open_end(report.qualifier, y_of),
        trend=trend,
    )


def _open_end(qualifier: str, y_of: Callable[[float], float]) -> float | None:
    """Where the band of an open-ended figure ends: "at least 40" reaches up to the plot's top,
    "up to 40" down to zero; an exact or ranged figure has no band."""
    if qualifier in ("at_least", "more_than", "vague"):
        return float(TOP)
    if qualifier in ("up_to", "less_than"):
        return round(y_of(0.0), 1)
    return None


def _x_ticks(start: datetime, span: float, x_of: Callable[[datetime], float]) -> list[Tick]:
    """Report-time ticks in the page's one date format (UTC): the date, and the time of day
    when the reports span less than three days."""
    if span <= 0:
        return [Tick(round(x_of(start), 1), start.strftime("%Y-%m-%d %H:%M"))]
    fmt = "%Y-%m-%d %H:%M" if span < 3 * 86400 else "%Y-%m-%d"
    return [
        Tick(round(x_of(moment), 1), moment.strftime(fmt))
        for moment in (start + timedelta(seconds=span * i / 3) for i in range(4))
    ]


# --------------------------------------------------------------------------- sparkline

SPARK_W, SPARK_H, SPARK_BINS = 120, 24, 40


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Sparkline:
    width: int
    height: int
    bars: list[Bar]
    label: str


def sparkline(per_day: Sequence[tuple[date, int]]) -> Sparkline | None:
    """Bars of reports per day; days are grouped into at most SPARK_BINS bins."""
    if not per_day:
        return None
    first, last = per_day[0][0], per_day[-1][0]
    days = (last - first).days + 1
    per_bin = max(1, -(-days // SPARK_BINS))
    bins = [0] * (-(-days // per_bin))
    for day, count in per_day:
        bins[(day - first).days // per_bin] += count
    peak = max(bins)
    width = SPARK_W / max(len(bins), 8)  # a story of one day is one narrow bar, not a block
    bars = [
        Bar(
            round(i * width, 1), round(SPARK_H - SPARK_H * n / peak, 1),
            round(max(width - 1, 1), 1), round(SPARK_H * n / peak, 1),
        )
        for i, n in enumerate(bins)
        if n
    ]
    unit = "day" if per_bin == 1 else f"{per_bin} days"
    total = sum(bins)
    label = f"{total} reports from {first} to {last}, at most {peak} per {unit}"
    return Sparkline(SPARK_W, SPARK_H, bars, label)


def points_svg(points: Sequence[Point]) -> Markup:
    """The SVG of a chart's points, built here rather than in a template loop: a chart of an
    event with 1,000 reports has 1,000 points, and the loop was most of the page's render time.
    Points are not links: a thousand tab stops would trap keyboard users; the table links them.
    """
    return Markup("\n".join([_point_svg(p) for p in points]))  # each escaped in _point_svg


def _point_svg(p: Point) -> str:
    """One point's SVG, its text escaped here (points_svg marks the joined string safe)."""
    status = escape(p.status)
    if p.y_low is not None:
        bar = f'<line class="range" x1="{p.x}" x2="{p.x}" y1="{p.y_low}" y2="{p.y_high}"></line>'
    else:
        bar = ""
    if p.open_to is not None:  # a band from the figure to the top (at least) or zero (up to)
        top, height = min(p.y, p.open_to), abs(p.open_to - p.y)
        bar += (f'<rect class="open-band" x="{p.x - 3}" y="{top}" width="6" '
                f'height="{height}"></rect>')
    if p.trend:  # expected to rise (or fall): an arrowhead beside the mark
        sign = -1 if p.trend == "rising" else 1
        tip, base = p.y + sign * 16, p.y + sign * 9
        bar += (f'<path class="trend" d="M{p.x + 9},{base} L{p.x + 13},{tip} '
                f'L{p.x + 17},{base} Z"></path>')
    if p.status == "current":
        mark = f'<circle cx="{p.x}" cy="{p.y}" r="7"></circle>'
    elif p.status in ("lagged", "conflicting"):
        mark = f'<rect x="{p.x - 4.5}" y="{p.y - 4.5}" width="9" height="9"></rect>'
    elif p.status == "retracted":
        mark = f'<path d="M{p.x - 5},{p.y - 5} l10,10 m0,-10 l-10,10"></path>'
    else:
        mark = f'<circle cx="{p.x}" cy="{p.y}" r="4.5"></circle>'
    return (f'<g class="point status-{status}" data-article="{escape(p.article_id)}">'
            f"<title>{escape(p.label)}</title>{bar}{mark}</g>")
