"""A stand-in for a trained model: a linear formula whose numbers live in model.json.

A real project would load a file saved by a library such as scikit-learn;
the code around it (load once, check the input, predict) stays the same.
"""
import json
from pathlib import Path

# Each feature the model needs, with the range of values it accepts.
LIMITS = {"area_m2": (0, 10000), "rooms": (0, 100), "age_years": (0, 500)}


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


def parse_features(data):
    """Check a decoded JSON body. Return (features, errors); errors is empty when all is well."""
    if not isinstance(data, dict):
        return {}, {"body": "Send a JSON object."}
    features, errors = {}, {}
    for name, (low, high) in LIMITS.items():
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            errors[name] = "A number is required."
        elif not low <= value <= high:  # also rejects NaN and infinity
            errors[name] = f"Give a number from {low} to {high}."
        else:
            features[name] = float(value)
    return features, errors
