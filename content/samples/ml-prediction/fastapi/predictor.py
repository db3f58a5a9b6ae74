"""A stand-in for a trained model: a linear formula whose numbers live in model.json.

A real project would load a file saved by a library such as scikit-learn;
the code around it (load once, check the input, predict) stays the same.
"""
import json
from pathlib import Path


class LinearModel:
    def __init__(self, version, intercept, weights):
        self.version = version
        self.intercept = intercept
        self.weights = weights

    @classmethod
    def load(cls, path):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["version"], data["intercept"], data["weights"])

    def predict(self, features):
        return self.intercept + sum(w * features[name] for name, w in self.weights.items())
