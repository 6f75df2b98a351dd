"""A small, safe parser for formula KPIs such as `[Profit] / [Revenue] * 100`.

Only numbers, KPI names in square brackets, `+ - * /` and parentheses are allowed. The text is
turned into a tree once and evaluated against a lookup; nothing is ever handed to `eval`.
A missing part or a division by zero yields None ("no value"), never an exception.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from kpidesk.domain.kpi import name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message


class FormulaError(ValueError):
    """The formula text cannot be read; `position` is the 0-based character where it fails.

    `message` is the reason for the KPI editor to translate; `str()` stays English for the
    command line and the catalog's own checks.
    """

    def __init__(self, reason: Message, position: int) -> None:
        super().__init__(str(reason))
        self.message = reason
        self.position = position


def _unexpected(token: str, at: int) -> FormulaError:
    reason = message(
        QT_TRANSLATE_NOOP("messages", "unexpected '{token}' at character {at}"),
        token=token,
        at=at + 1,
    )
    return FormulaError(reason, at)


@dataclass(frozen=True, slots=True)
class Number:
    value: float


@dataclass(frozen=True, slots=True)
class Reference:
    name: str


@dataclass(frozen=True, slots=True)
class Negate:
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node


Node = Number | Reference | Negate | Binary

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?|\.\d+)|\[([^\[\]]*)\]|([-+*/()]))")


def _tokenize(text: str) -> list[tuple[str, str, int]]:
    tokens: list[tuple[str, str, int]] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if not match:
            stripped = len(text) - len(text[pos:].lstrip())
            raise _unexpected(text[stripped], stripped)
        start = match.start(match.lastindex or 0)
        number, name, op = match.groups()
        if number is not None:
            tokens.append(("num", number, start))
        elif name is not None:
            if not name.strip():
                reason = message(
                    QT_TRANSLATE_NOOP("messages", "empty KPI name at character {at}"),
                    at=start + 1,
                )
                raise FormulaError(reason, start)
            tokens.append(("ref", name.strip(), start))
        else:
            tokens.append(("op", op, start))
        pos = match.end()
    return tokens


class _Parser:
    """Recursive descent: expr := term (('+'|'-') term)*; term := unary (('*'|'/') unary)*."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0

    def parse(self) -> Node:
        if not self.tokens:
            raise FormulaError(message(QT_TRANSLATE_NOOP("messages", "the formula is empty")), 0)
        node = self._expr()
        if self.pos < len(self.tokens):
            _, value, at = self.tokens[self.pos]
            raise _unexpected(value, at)
        return node

    def _peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _expr(self) -> Node:
        node = self._term()
        while (tok := self._peek()) and tok[0] == "op" and tok[1] in "+-":
            self.pos += 1
            node = Binary(tok[1], node, self._term())
        return node

    def _term(self) -> Node:
        node = self._unary()
        while (tok := self._peek()) and tok[0] == "op" and tok[1] in "*/":
            self.pos += 1
            node = Binary(tok[1], node, self._unary())
        return node

    def _unary(self) -> Node:
        tok = self._peek()
        if tok and tok[0] == "op" and tok[1] in "+-":
            self.pos += 1
            operand = self._unary()
            return Negate(operand) if tok[1] == "-" else operand
        return self._atom()

    def _atom(self) -> Node:
        tok = self._peek()
        if tok is None:
            reason = message(QT_TRANSLATE_NOOP("messages", "the formula ends too early"))
            raise FormulaError(reason, len(self.text))
        kind, value, at = tok
        self.pos += 1
        if kind == "num":
            return Number(float(value))
        if kind == "ref":
            return Reference(value)
        if value == "(":
            node = self._expr()
            closing = self._peek()
            if not closing or closing[1] != ")":
                reason = message(
                    QT_TRANSLATE_NOOP("messages", "the '(' at character {at} is never closed"),
                    at=at + 1,
                )
                raise FormulaError(reason, at)
            self.pos += 1
            return node
        raise _unexpected(value, at)


@dataclass(frozen=True, slots=True)
class Formula:
    """A parsed formula: its text, its tree and the KPI names it uses."""

    text: str
    tree: Node

    @classmethod
    def parse(cls, text: str) -> Formula:
        return cls(text, _Parser(text).parse())

    def references(self) -> list[str]:
        """KPI names in order of first use, as written."""
        seen: dict[str, str] = {}
        _collect(self.tree, seen)
        return list(seen.values())

    def evaluate(self, lookup: Callable[[str], float | None]) -> float | None:
        """The value, given each referenced KPI's value; None when any is missing, on a
        division by zero, or when the result overflows."""
        result = _evaluate(self.tree, lookup)
        return result if result is None or math.isfinite(result) else None


class PartProblem(StrEnum):
    """What is wrong with one KPI a formula names."""

    ITSELF = "itself"
    UNKNOWN = "unknown"


def part_problems(
    formula: Formula, own_name: str, known_names: Iterable[str]
) -> list[tuple[str, PartProblem]]:
    """Each part of `formula` that a KPI named `own_name` cannot be computed from, as written,
    with why: the KPI itself, or no KPI of `known_names` (the names and aliases it may use).
    Names compare as KPI names do everywhere (`name_key`), so `[ profit ]` is `Profit`."""
    own = name_key(own_name)
    known = {name_key(name) for name in known_names}
    problems: list[tuple[str, PartProblem]] = []
    for part in formula.references():
        if name_key(part) == own:
            problems.append((part, PartProblem.ITSELF))
        elif name_key(part) not in known:
            problems.append((part, PartProblem.UNKNOWN))
    return problems


def _collect(node: Node, seen: dict[str, str]) -> None:
    if isinstance(node, Reference):
        seen.setdefault(name_key(node.name), node.name)
    elif isinstance(node, Negate):
        _collect(node.operand, seen)
    elif isinstance(node, Binary):
        _collect(node.left, seen)
        _collect(node.right, seen)


def _evaluate(node: Node, lookup: Callable[[str], float | None]) -> float | None:
    if isinstance(node, Number):
        return node.value
    if isinstance(node, Reference):
        return lookup(node.name)
    if isinstance(node, Negate):
        inner = _evaluate(node.operand, lookup)
        return None if inner is None else -inner
    left = _evaluate(node.left, lookup)
    right = _evaluate(node.right, lookup)
    if left is None or right is None:
        return None
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    return None if right == 0 else left / right
