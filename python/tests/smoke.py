"""Smoke test of an installed onrecord wheel, without pytest or pandas: run by
`scripts/smoke_interpreters.py` on the oldest and newest CPython the machine has."""

import copy
import pickle
import sys

import onrecord

text = "“Prices rose 12% last year 🚀,” Finance Minister Ada Reyes told reporters."
a = onrecord.analyze(text)
q = a.quotes[0]
assert text[q.content.start : q.content.end] == q.text, q
assert q.speaker is not None and q.speaker.name == "Ada Reyes", q
assert pickle.loads(pickle.dumps(a)) == a
assert copy.deepcopy(q) == q
many = onrecord.Pipeline().analyze_many([text] * 20, threads=2)
assert many == [a] * 20
assert "or-quote" in a._repr_html_()
assert a.to_dict()["quotes"][0]["text"] == q.text
try:
    onrecord.Pipeline(language="xx")
except onrecord.ConfigError:
    pass
else:
    raise AssertionError("ConfigError expected")
print(f"onrecord {onrecord.__version__} OK on Python {sys.version.split()[0]}")
