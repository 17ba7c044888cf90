"""The exceptions onrecord raises on purpose.

```
onrecord.Error(Exception)             base of everything onrecord raises on purpose
├── onrecord.ConfigError(Error, ValueError)   a Pipeline could not be built from these options
└── onrecord.InputError(Error, ValueError)    an input was rejected (reserved: no input is today)
```

Wrong argument *types* raise `TypeError`, bad argument *values* (``threads=0``,
``offsets="x"``) raise `ValueError`, as Python users expect. A `str` holding lone
surrogates (which is not text) raises `UnicodeEncodeError`.

The classes live in Python, not in the native module, so that `ConfigError` can be both an
`onrecord.Error` and a `ValueError`; the native module raises them from Rust.
"""

from __future__ import annotations

__all__ = ["ConfigError", "Error", "InputError"]


class Error(Exception):
    """Base class of the exceptions onrecord raises on purpose."""


class ConfigError(Error, ValueError):
    """A `Pipeline` could not be built from these options (an unknown language, say).

    Examples:
        >>> import onrecord
        >>> try:
        ...     onrecord.Pipeline(language="klingon")
        ... except onrecord.ConfigError as e:
        ...     print(e)
        unknown language code `klingon`; expected one of en, ...
        >>> issubclass(onrecord.ConfigError, ValueError)
        True
    """


class InputError(Error, ValueError):
    """An input was rejected. Reserved: every `str` is analysed today."""
