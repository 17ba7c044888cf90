"""HTML views for Jupyter: `Analysis._repr_html_` and `Quote._repr_html_`.

Every fragment of article text is escaped (an article containing ``<script>`` shows the
tag as text); styles are inline, so the view survives renderers that strip ``<style>``
(GitHub, nbviewer in untrusted mode). Long articles are cut at `MAX_CHARS` characters with
a visible notice. The highlighted ranges come from the Rust renderer's marks
(`onrecord::render::marks`, plus claim spans) in character offsets.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._onrecord import Analysis, Quote

MAX_CHARS = 20_000

# (background for quotes, border for mentions) per speaker, cycling.
PALETTE = [
    ("#fde68a", "#b45309"),
    ("#bfdbfe", "#1d4ed8"),
    ("#bbf7d0", "#15803d"),
    ("#fbcfe8", "#be185d"),
    ("#ddd6fe", "#6d28d9"),
    ("#fed7aa", "#c2410c"),
    ("#a5f3fc", "#0e7490"),
    ("#fecaca", "#b91c1c"),
]
UNATTRIBUTED = ("#e5e7eb", "#4b5563")
CUE_STYLE = "text-decoration:underline;text-decoration-color:#dc2626;text-decoration-thickness:2px;"
CLAIM_STYLE = "border-bottom:2px dotted #92400e;"


def _colors(speaker_id: int | None) -> tuple[str, str]:
    return UNATTRIBUTED if speaker_id is None else PALETTE[speaker_id % len(PALETTE)]


def _swatch(style: str, label: str) -> str:
    return (
        f'<span class="or-legend-item" style="margin-right:1em;white-space:nowrap">'
        f'<span style="{style}padding:0 .3em;border-radius:3px">{escape(label)}</span></span>'
    )


def analysis_html(a: Analysis, *, max_chars: int = MAX_CHARS) -> str:
    """The article with quotes, speaker mentions, cues and claims highlighted."""
    text = a.text
    quotes = a.quotes
    speakers = a.speakers
    speaker_of = {q.id: q.speaker_id for q in quotes}
    kind_of = {q.id: q.kind for q in quotes}
    names = {s.id: s.name for s in speakers}
    shown = text if len(text) <= max_chars else text[:max_chars]
    n = len(shown)
    marks = [
        (kind, ident, min(start, n), min(end, n))
        for kind, ident, start, end in a._marks()
        if start < n and start < end
    ]

    # Sweep over the boundaries; each segment gets one <span> for the marks covering it.
    cuts = sorted({0, n, *(m[2] for m in marks), *(m[3] for m in marks)})
    starts: dict[int, list[tuple[str, int, int, int]]] = {}
    for m in marks:
        starts.setdefault(m[2], []).append(m)
    active: list[tuple[str, int, int, int]] = []
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:]):
        active = [m for m in active if m[3] > lo] + starts.get(lo, [])
        piece = escape(shown[lo:hi])
        if not active:
            out.append(piece)
            continue
        classes: list[str] = []
        style = ""
        titles: list[str] = []
        attrs = ""
        quote_ids = [m[1] for m in active if m[0] == "quote"]
        if quote_ids:
            qid = quote_ids[-1]  # innermost
            sid = speaker_of.get(qid)
            bg, _ = _colors(sid)
            kind = kind_of.get(qid, "")
            classes.append("or-quote")
            style += f"background:{bg};"
            if kind == "scare":
                style += "outline:1px dashed #6b7280;"
            who = names.get(sid, "no speaker") if sid is not None else "no speaker"
            titles.append(f"q{qid} {kind} · {who}")
            attrs += f' data-quote="{qid}"'
        for kind, ident, _, _ in active:
            if kind == "speaker":
                bg, border = _colors(ident)
                classes.append("or-speaker")
                style += f"background:{bg};border-bottom:2px solid {border};font-weight:600;"
                titles.append(f"speaker s{ident} · {names.get(ident, '')}")
                attrs += f' data-speaker="{ident}"'
            elif kind == "cue":
                classes.append("or-cue")
                style += CUE_STYLE
                titles.append("cue")
            elif kind == "claim":
                if "or-claim" not in classes:
                    classes.append("or-claim")
                    style += CLAIM_STYLE
                    titles.append("claim")
        out.append(
            f'<span class="{" ".join(classes)}" style="{style}"{attrs} '
            f'title="{escape(" | ".join(titles))}">{piece}</span>'
        )

    claims = sum(len(q.claims) for q in quotes)
    counts: dict[int, int] = {}
    for q in quotes:
        if q.speaker_id is not None:
            counts[q.speaker_id] = counts.get(q.speaker_id, 0) + 1
    legend = [
        _swatch(f"background:{UNATTRIBUTED[0]};", "quote (no speaker)"),
        _swatch(f"border-bottom:2px solid {PALETTE[0][1]};font-weight:600;", "speaker mention"),
        _swatch(CUE_STYLE, "cue"),
        _swatch(CLAIM_STYLE, "claim"),
    ]
    people = [
        _swatch(
            f"background:{_colors(s.id)[0]};",
            f"{s.name} ({counts.get(s.id, 0)})",
        )
        for s in speakers
    ]
    more = ""
    if len(text) > n:
        more = (
            '<div class="or-truncated" style="color:#6b7280;font-style:italic;margin-top:.5em">'
            f"… {len(text) - n:,} more characters not shown "
            "(the analysis covers the whole article)</div>"
        )
    return (
        '<div class="onrecord-analysis" style="font-family:Georgia,serif;line-height:1.6;'
        'max-width:60em">'
        '<div class="or-summary" style="font-family:sans-serif;font-size:.85em;color:#374151;'
        f'margin-bottom:.4em"><b>onrecord</b> · {len(quotes)} quotes · {len(speakers)} '
        f"speakers · {claims} claims</div>"
        '<div class="or-legend" style="font-family:sans-serif;font-size:.8em;margin-bottom:.6em">'
        + "".join(legend)
        + ("<br>" + "".join(people) if people else "")
        + "</div>"
        '<div class="or-text" style="white-space:pre-wrap">'
        + "".join(out)
        + "</div>"
        + more
        + "</div>"
    )


def quote_html(q: Quote) -> str:
    """A compact card for one quote: kind, text, speaker, cue and claims."""
    bg, border = _colors(q.speaker_id)
    text = q.text if len(q.text) <= 500 else q.text[:500] + "…"
    who = "no speaker"
    if q.speaker is not None:
        who = f"<b>{escape(q.speaker.name)}</b>"
        if q.speaker.title:
            who += f", {escape(q.speaker.title)}"
    meta = [escape(q.kind)]
    if q.cue is not None:
        meta.append(f"cue “{escape(q.cue.text)}”")
    if q.rule:
        meta.append(escape(q.rule))
    meta.append(f"confidence {q.confidence:.2f}")
    claims = "".join(
        f'<li class="or-claim">{escape(", ".join(c.types))} · score {c.score:.2f}'
        f"{' · checkworthy' if c.checkworthy else ''}: {escape(c.text)}"
        + "".join(
            f"<br><i>{escape(f.quantity.text)} {escape(f.relation)} from "
            f"“{escape(f.other.text)}”</i>"
            for f in c.figure_checks
        )
        + "</li>"
        for c in q.claims
    )
    return (
        f'<div class="onrecord-quote" style="border-left:4px solid {border};padding:.3em .6em;'
        'font-family:sans-serif">'
        f'<div class="or-quote" style="background:{bg};font-family:Georgia,serif;'
        f'padding:.1em .3em">“{escape(text)}”</div>'
        f'<div style="font-size:.85em;margin-top:.2em">— {who} · {" · ".join(meta)}</div>'
        + (f'<ul style="font-size:.85em;margin:.2em 0">{claims}</ul>' if claims else "")
        + "</div>"
    )
