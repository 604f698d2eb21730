"""Fit the answerability model on the train split (never the holdout) and write it as JSON.

Only questions that the model would decide are used: those a hard rule settles (hidden
instructions, a number the article never gives, no sentence of the asked type) teach it nothing.
Follow-ups are left out too: their features depend on earlier answers, which need a model.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from assistant.answerability import CLIP, FEATURES, AnswerabilityModel
from assistant.core import Assistant
from assistant.evaluation.dataset import EvalItem


class Calibration(BaseModel):
    model: AnswerabilityModel
    items: int
    answerable: int
    cross_validated_accuracy: float  # leave-one-out, on the same items
    cross_validated_balanced_accuracy: float
    training_accuracy: float


def features_of(bot: Assistant, items: list[EvalItem]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    rows, labels, ids = [], [], []
    for item in items:
        if item.history or item.split != "train":
            continue
        docs = bot.retriever.invoke(item.question)
        a = bot.extractive.assess(item.question, item.question, docs, bot.vocabulary)
        if a.best is None or a.ruled_out or a.certain:
            continue
        rows.append([a.features[f] for f in FEATURES])
        labels.append(int(item.answerable))
        ids.append(item.id)
    return np.asarray(rows, dtype=float), np.asarray(labels), ids


def fit(x: np.ndarray, y: np.ndarray, c: float = 0.3, note: str = "") -> Calibration:
    """Logistic regression with balanced class weights; the threshold is the one whose
    leave-one-out predictions are right most often (ties: the lower, so fewer false declines)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneOut, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import FunctionTransformer, StandardScaler

    if len(set(y.tolist())) < 2:
        raise ValueError("calibration needs both answerable and unanswerable train questions")
    clip = FunctionTransformer(lambda z: np.clip(z, -CLIP, CLIP))  # as AnswerabilityModel.probability does
    pipeline = make_pipeline(StandardScaler(), clip, LogisticRegression(C=c, class_weight="balanced", max_iter=1000))
    held_out = cross_val_predict(pipeline, x, y, cv=LeaveOneOut(), method="predict_proba")[:, 1]

    def balanced_accuracy(t: float) -> float:
        return float(np.mean(held_out[y == 1] >= t) + np.mean(held_out[y == 0] < t)) / 2

    def accuracy(t: float) -> float:
        return float(np.mean((held_out >= t) == (y == 1)))

    threshold = max(np.round(np.arange(0.3, 0.71, 0.05), 2), key=lambda t: (accuracy(t), -t))
    pipeline.fit(x, y)
    scaler, lr = pipeline[0], pipeline[2]
    model = AnswerabilityModel(
        features=FEATURES,
        mean=[float(v) for v in scaler.mean_],
        scale=[float(v) for v in scaler.scale_],
        weights=[float(v) for v in lr.coef_[0]],
        bias=float(lr.intercept_[0]),
        threshold=float(threshold),
        fitted_on=note,
    )
    train_acc = float(np.mean([model.answers(dict(zip(FEATURES, row))) == bool(label) for row, label in zip(x, y)]))
    return Calibration(
        model=model,
        items=len(y),
        answerable=int(y.sum()),
        cross_validated_accuracy=accuracy(float(threshold)),
        cross_validated_balanced_accuracy=balanced_accuracy(float(threshold)),
        training_accuracy=train_acc,
    )


def calibrate(bot: Assistant, items: list[EvalItem], out: Path, c: float = 0.3) -> Calibration:
    x, y, ids = features_of(bot, items)
    result = fit(x, y, c=c, note=f"train split: {len(ids)} questions ({int(y.sum())} answerable)")
    # written beside and swapped in, so a failed write never leaves a half model where the old one was
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        partial.write_text(json.dumps(result.model.model_dump(), indent=2) + "\n", encoding="utf-8")
        os.replace(partial, out)
    except OSError as exc:
        raise ValueError(f"cannot write the answerability model to {out}: {exc.strerror}") from exc
    return result
