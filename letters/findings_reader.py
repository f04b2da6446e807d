"""Pure: reads parsed YAML/JSON field by field and collects every problem with its path."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from datetime import date

_EMPTY: Mapping[str, object] = {}


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _paragraphs(text: str) -> list[str]:
    """A block of text split at blank lines, each paragraph's lines joined with spaces."""
    blocks = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return [block for block in blocks if block]


class Reader:
    """Checks one document; `problems` holds «path: what is wrong» lines in Norwegian."""

    def __init__(self, known_rules: frozenset[str]) -> None:
        self.known_rules = known_rules
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path or 'dokumentet'}: {message}")

    def mapping(
        self, value: object, path: str, fields: Collection[str], *, required: bool = True
    ) -> Mapping[str, object] | None:
        """A table with only known keys; None (and a problem, if required) otherwise."""
        if value is None:
            if required:
                self.fail(path, "må fylles ut")
            return None
        if not isinstance(value, dict):
            self.fail(path, "må være en tabell med felt (nøkkel: verdi)")
            return None
        for key in value:
            if key not in fields:
                allowed = ", ".join(fields)
                self.fail(_join(path, str(key)), f"ukjent felt; gyldige felt her er: {allowed}")
        return {str(key): item for key, item in value.items()}

    def text(
        self, doc: Mapping[str, object] | None, key: str, parent: str = "", *, required: bool = True
    ) -> str | None:
        value = (doc or _EMPTY).get(key)
        path = _join(parent, key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required and doc is not None:
                self.fail(path, "må fylles ut")
            return None
        if not isinstance(value, str):
            self.fail(path, "må være en tekst")
            return None
        return " ".join(value.split())

    def texts(
        self,
        doc: Mapping[str, object] | None,
        key: str,
        parent: str = "",
        *,
        required: bool = True,
        paragraphs: bool = False,
        what: str = "ett avsnitt",
    ) -> tuple[str, ...]:
        """A list of texts; with `paragraphs`, one text with blank lines between paragraphs too."""
        value = (doc or _EMPTY).get(key)
        path = _join(parent, key)
        if isinstance(value, str) and paragraphs:
            value = _paragraphs(value)
        elif isinstance(value, str):
            value = [value]
        if value is None or value == []:
            if required and doc is not None:
                self.fail(path, f"må ha minst {what}")
            return ()
        if not isinstance(value, list):
            self.fail(path, "må være en liste med tekster")
            return ()
        found: list[str] = []
        for index, item in enumerate(value, start=1):
            if isinstance(item, str) and item.strip():
                found.append(" ".join(item.split()))
            else:
                self.fail(f"{path}[{index}]", "må være en tekst som ikke er tom")
        return tuple(found)

    def items(
        self, doc: Mapping[str, object], key: str, fields: Collection[str]
    ) -> Iterator[tuple[str, Mapping[str, object]]]:
        """The tables of a list, each with its path (`findings[2]`, counted from 1)."""
        value = doc.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            self.fail(key, "må være en liste")
            return
        for index, item in enumerate(value, start=1):
            path = f"{key}[{index}]"
            table = self.mapping(item, path, fields)
            if table is not None:
                yield path, table

    def rule_id(self, doc: Mapping[str, object], key: str) -> str | None:
        value = self.text(doc, key, required=False)
        if value is not None and value not in self.known_rules:
            self.fail(key, f"ukjent regel-id «{value}» (se config/legal_citations.yaml)")
            return None
        return value

    def rule_ids(self, doc: Mapping[str, object], key: str, parent: str = "") -> tuple[str, ...]:
        ids = self.texts(doc, key, parent, required=False)
        path = _join(parent, key)
        for index, rule_id in enumerate(ids, start=1):
            if rule_id not in self.known_rules:
                message = f"ukjent regel-id «{rule_id}» (se config/legal_citations.yaml)"
                self.fail(f"{path}[{index}]", message)
        return tuple(rule_id for rule_id in ids if rule_id in self.known_rules)

    def day(self, doc: Mapping[str, object], key: str, *, required: bool = False) -> date | None:
        value = doc.get(key)
        if value is None:
            if required:
                self.fail(key, "må fylles ut med en dato (ÅÅÅÅ-MM-DD)")
            return None
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(key, f"«{value}» er ikke en dato (ÅÅÅÅ-MM-DD)")
            return None

    def flag(self, doc: Mapping[str, object], key: str, *, default: bool) -> bool:
        value = doc.get(key, default)
        if not isinstance(value, bool):
            self.fail(key, "må være true eller false")
            return default
        return value
