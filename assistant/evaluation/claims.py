"""How well the claim verifier tells faithful sentences from perturbed ones (``verify-eval``).

Each claim is verified against the passages of the article that hold its evidence, as the LLM
path verifies a sentence against the passages it cites; the rest of the article is context
(who is who). The figures are per category and split; the holdout is read only through them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.evaluation.dataset import EvalFileError, load_jsonl
from assistant.verifier import Status, verify
from index import SHIPPED_ARTICLE, load_article, split_article

PERTURBED = (
    "dropped_negation",
    "added_negation",
    "number_date",
    "name_place",
    "antonym",
    "stance_reversal",
    "role_swap",
    "invented",
)
Category = Literal[
    "faithful", "dropped_negation", "added_negation", "number_date", "name_place", "antonym", "stance_reversal",
    "role_swap", "invented",
]
LABELS: tuple[Status, ...] = ("supported", "contradicted", "unsupported")


class ClaimItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    claim: str = Field(min_length=1)
    category: Category
    label: Status
    evidence: list[str] = Field(min_length=1, description="verbatim sentences of the article the claim is about")
    split: Literal["train", "holdout"]

    @model_validator(mode="after")
    def _label_fits_category(self) -> ClaimItem:
        if (self.category == "faithful") != (self.label == "supported"):
            raise ValueError("faithful claims, and only they, are labelled 'supported'")
        return self


class CategoryFigures(BaseModel):
    claims: int
    kept: int
    removed: int

    @property
    def rate(self) -> float:
        """Share handled right: kept for faithful claims, removed for perturbed ones."""
        return 0.0 if not self.claims else self.removed / self.claims


class ClaimReport(BaseModel):
    split: str
    categories: dict[str, CategoryFigures]
    confusion: dict[str, dict[str, int]] = Field(description="label -> verdict -> count")

    @property
    def keep_rate(self) -> float:
        f = self.categories.get("faithful")
        return f.kept / f.claims if f and f.claims else 0.0

    def removal_rate(self, category: str) -> float:
        return self.categories[category].rate if category in self.categories else 0.0


def load_claims(path: str | Path) -> list[ClaimItem]:
    return load_jsonl(path, ClaimItem, "claim")


def verdicts(items: list[ClaimItem], article: str | Path = SHIPPED_ARTICLE) -> dict[str, Status]:
    """Each claim's verdict against the passages that hold its evidence."""
    passages = [p.text for p in split_article(load_article(article))]
    out: dict[str, Status] = {}
    for item in items:
        quotes: list[str] = []
        for sentence in item.evidence:
            holder = next((p for p in passages if sentence in p), None)
            if holder is None:
                raise EvalFileError(f"claim {item.id}: evidence not found in {article}: {sentence[:60]!r}")
            if holder not in quotes:
                quotes.append(holder)
        out[item.id] = verify(item.claim, quotes, context=passages).status
    return out


def report(items: list[ClaimItem], found: dict[str, Status], split: str) -> ClaimReport:
    chosen = [i for i in items if split == "all" or i.split == split]
    categories: dict[str, CategoryFigures] = {}
    confusion = {label: dict.fromkeys(LABELS, 0) for label in LABELS}
    for category in ("faithful", *PERTURBED):
        mine = [i for i in chosen if i.category == category]
        if not mine:
            continue
        kept = sum(found[i.id] == "supported" for i in mine)
        categories[category] = CategoryFigures(claims=len(mine), kept=kept, removed=len(mine) - kept)
    for i in chosen:
        confusion[i.label][found[i.id]] += 1
    return ClaimReport(split=split, categories=categories, confusion=confusion)


def check_bars(reports: dict[str, ClaimReport], bars: dict[str, dict[str, float]]) -> list[str]:
    """``{"holdout": {"keep": 0.5, "removal": 0.85, "role_swap": 0.8}}``: keep rate of faithful
    claims, and the removal rate of every perturbed category (a category's own bar, if given,
    replaces ``removal`` for it)."""
    broken = []
    for split, want in bars.items():
        r = reports.get(split)
        if r is None:
            broken.append(f"{split}: no such split")
            continue
        if "keep" in want and r.keep_rate < want["keep"]:
            broken.append(f"{split}: faithful keep rate {r.keep_rate:.3f} < {want['keep']}")
        for category in PERTURBED:
            bar = want.get(category, want.get("removal"))
            if bar is not None and category in r.categories and r.removal_rate(category) < bar:
                broken.append(f"{split}: {category} removal {r.removal_rate(category):.3f} < {bar}")
    return broken


def render(reports: dict[str, ClaimReport]) -> str:
    """Plain text that fits 80 columns: per category, then the confusion table of each split."""
    splits = list(reports)
    lines = ["claims handled right (faithful: kept; perturbed: removed)", ""]
    lines.append(f"{'category':<18}" + "".join(f"{s:>20}" for s in splits))
    for category in ("faithful", *PERTURBED):
        cells = []
        for s in splits:
            c = reports[s].categories.get(category)
            ok = c.kept if c and category == "faithful" else (c.removed if c else 0)
            cells.append(f"{ok}/{c.claims} ({ok / c.claims:.0%})" if c else "-")
        lines.append(f"{category:<18}" + "".join(f"{x:>20}" for x in cells))
    for s in splits:
        lines += ["", f"confusion ({s}): rows are labels, columns verdicts"]
        lines.append(f"{'':<14}" + "".join(f"{v:>14}" for v in LABELS))
        for label in LABELS:
            lines.append(f"{label:<14}" + "".join(f"{reports[s].confusion[label][v]:>14}" for v in LABELS))
    return "\n".join(lines)
