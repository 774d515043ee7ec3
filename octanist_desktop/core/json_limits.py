"""What a JSON value must be to be saved and sent: not nested too deeply, no broken text.

Python's ``json`` and the recursion limit give up somewhere below 1,000
levels of nesting, with a ``RecursionError`` nobody expects; SQLite and
UTF-8 refuse lone surrogates (half of a UTF-16 pair, e.g. half an emoji
after a bad copy or a ``"\\ud83d"`` escape in JSON). Octanist publishes no
limit. These helpers never recurse into a value deeper than they allow, so
a value nested a million levels deep is measured, not crashed on.
"""

from __future__ import annotations

import re

#: Levels of brackets a value may have: ``{"a": [1]}`` is two. Real custom
#: data uses a handful; this is far below where anything breaks.
MAX_DEPTH = 64
#: What a broken character is replaced with: U+FFFD, the replacement character.
REPLACEMENT_CHARACTER = "\ufffd"

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def nested_deeper_than(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` has more than ``limit`` levels of lists and dicts (iterative)."""
    pending: list[tuple[object, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list | tuple):
            children = list(item)
        else:
            continue
        depth += 1
        if depth > limit:
            return True
        pending.extend(
            (child, depth) for child in children if isinstance(child, dict | list | tuple)
        )
    return False


def has_lone_surrogates(text: str) -> bool:
    """Whether ``text`` holds a character that can't be written as UTF-8."""
    # Validation calls this on every keystroke, with up to megabytes pasted:
    # isascii() is a flag lookup, and the encoder runs in C.
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def storable_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (one for one, so positions hold)."""
    if not has_lone_surrogates(text):
        return text
    return _LONE_SURROGATE.sub(REPLACEMENT_CHARACTER, text)


def storable_value(value: object) -> tuple[object, bool]:
    """``value`` with broken characters replaced in every string and key, and whether any were.

    ``value`` must not be nested deeper than :data:`MAX_DEPTH` (check with
    :func:`nested_deeper_than` first): this one recurses.
    """
    if isinstance(value, str):
        fixed = storable_text(value)
        return fixed, fixed != value
    if isinstance(value, dict):
        changed = False
        result: dict[object, object] = {}
        for key, item in value.items():
            new_key, key_changed = storable_value(key)
            new_item, item_changed = storable_value(item)
            result[new_key] = new_item
            changed = changed or key_changed or item_changed
        return (result, True) if changed else (value, False)
    if isinstance(value, list | tuple):
        items = [storable_value(item) for item in value]
        if any(item_changed for _, item_changed in items):
            return [item for item, _ in items], True
        return value, False
    return value, False
