"""The shapes of the corpus's content: people, processors, risks and planned processings."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    phone: str
    email: str


@dataclass(frozen=True)
class Proc:
    """A processor (databehandler) and its contact person."""

    org: str
    does: str  # what it does for the controller, in the topic's language
    where: str  # org. no. / address / country line
    person: Person


@dataclass(frozen=True)
class Risk:
    event: str
    threat: str
    likelihood: str
    impact: str
    measure: str
    at: str = ""  # the description chapter a sender may weave this risk into


@dataclass(frozen=True)
class Topic:
    """One planned processing, written in its sender's language.

    ``chapters`` are the description, under titles named after the system's components; a
    chapter text may hold ``{storage}``, where the sender's template puts the storage paragraph
    (``storage`` names the processor with ``{org}``, ``{person}``, ``{title}``, ``{phone}``,
    ``{email}``; ``storage_own`` says the controller runs it itself; ``storage_plain`` says
    neither). ``necessity``, ``balancing`` and ``rights`` are part 3; ``risks``, ``not_taken``
    and ``residual`` part 4. ``legal_bare`` is the legal basis alone, for requests without part 3.
    """

    key: str
    title: str
    short: str
    summary: str
    chapters: tuple[tuple[str, str], ...] = ()
    storage: str = ""
    storage_own: str = ""
    storage_plain: str = ""
    necessity: str = ""
    balancing: str = ""
    legal_bare: str = ""
    rights: str = ""
    risks: tuple[Risk, ...] = ()
    not_taken: str = ""
    residual: str = ""
    proc: Proc | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def storage_text(self, processor: str) -> str:
        if processor == "none":
            return self.storage_own
        if processor == "unspecified" or self.proc is None:
            return self.storage_plain
        p = self.proc.person
        return self.storage.format(
            org=self.proc.org, person=p.name, title=p.title, phone=p.phone, email=p.email
        )

    def described(self, processor: str) -> tuple[tuple[str, str], ...]:
        """The description chapters with the storage paragraph put in."""
        store = self.storage_text(processor)
        return tuple((t, x.replace("{storage}", store)) for t, x in self.chapters)


def weave(t: Topic, *chapters: str) -> Topic:
    """The topic with each risk tied to the description chapter it belongs to."""
    risks = tuple(replace(r, at=a) for r, a in zip(t.risks, chapters, strict=True))
    return replace(t, risks=risks)
