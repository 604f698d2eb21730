"""Does the best sentence found actually answer the question? A logistic model over a few
similarity features decides. Its weights are fitted on the train split of the canned questions
(never the holdout) by ``python -m assistant calibrate`` and shipped as JSON, so the decision
is reproducible and can be refitted when the questions, the features or the model change.
"""

from __future__ import annotations

import math
from importlib.resources import files
from pathlib import Path

from pydantic import BaseModel, Field, model_validator

FEATURES: tuple[str, ...] = (
    "semantic",  # cosine of question and sentence
    "lexical",  # share of the question's content stems the sentence uses
    "foreign_pull",  # largest rise in that cosine when one question word the sentence lacks is dropped
    "unknown_similarity",  # how close the question's least familiar word comes to any article word
    "focus_similarity",  # the same, for the thing asked about ("which *hotel*")
    "name_similarity",  # how close the least familiar capitalised word comes ("Putin", "Korea")
    "missing_names",  # share of the names in the question that the sentence does not mention
    "clause_semantic",  # cosine of question and the sentence's closest clause
    "known_share",  # share of the question's content words that the article uses at all
)

CLIP = 3.0
SHIPPED_MODEL = Path(str(files("assistant") / "data" / "answerability.json"))


class AnswerabilityModel(BaseModel):
    """Standardised features, one weight each, a bias; answer when the probability clears ``threshold``."""

    features: tuple[str, ...]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float
    threshold: float = Field(0.5, ge=0.0, le=1.0)
    fitted_on: str = Field("", description="what the weights were fitted on, for the record")

    @model_validator(mode="after")
    def _same_lengths(self) -> AnswerabilityModel:
        n = len(self.features)
        if not (len(self.mean) == len(self.scale) == len(self.weights) == n):
            raise ValueError("features, mean, scale and weights must have the same length")
        unknown = set(self.features) - set(FEATURES)
        if unknown:
            raise ValueError(f"unknown features {sorted(unknown)}; known: {', '.join(FEATURES)}")
        return self

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias
        for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.weights):
            # clipped: one odd word must not outvote everything else by itself
            z += w * max(-CLIP, min(CLIP, (values[name] - mu) / (sd or 1.0)))
        return 1.0 / (1.0 + math.exp(-z))

    def answers(self, values: dict[str, float]) -> bool:
        return self.probability(values) >= self.threshold

    @classmethod
    def load(cls, path: str | Path | None = None) -> AnswerabilityModel:
        p = Path(path) if path else SHIPPED_MODEL
        try:
            return cls.model_validate_json(p.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ValueError(f"cannot read the answerability model {p}: {exc.strerror}") from exc
        except ValueError as exc:
            raise ValueError(
                f"the answerability model {p} is invalid ({exc}); refit it with `python -m assistant calibrate`"
            ) from exc
