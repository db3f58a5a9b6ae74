from pathlib import Path

from flask import Flask, jsonify, request

from predictor import LinearModel, parse_features

app = Flask(__name__)

# Load the model once, when the app starts, never inside a view.
MODEL = LinearModel.load(Path(__file__).with_name("model.json"))


@app.get("/model")
def model_info():
    return jsonify(version=MODEL.version, features=list(MODEL.weights))


@app.post("/predict")
def predict():
    features, errors = parse_features(request.get_json(silent=True))
    if errors:
        return jsonify(errors=errors), 400
    price = MODEL.predict(features)
    return jsonify(prediction=round(price, 2), model_version=MODEL.version)


if __name__ == "__main__":
    app.run(debug=True)
