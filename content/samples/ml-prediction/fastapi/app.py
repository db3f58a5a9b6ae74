from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel, Field

from predictor import LinearModel

app = FastAPI()

# Load the model once, when the module is imported, never inside an endpoint.
MODEL = LinearModel.load(Path(__file__).with_name("model.json"))


class Features(BaseModel):
    area_m2: float = Field(..., ge=0, le=10000)
    rooms: float = Field(..., ge=0, le=100)
    age_years: float = Field(..., ge=0, le=500)


class Prediction(BaseModel):
    prediction: float
    model_version: str


@app.get("/model")
def model_info() -> dict:
    return {"version": MODEL.version, "features": list(MODEL.weights)}


@app.post("/predict")
def predict(features: Features) -> Prediction:
    price = MODEL.predict(dict(features))
    return Prediction(prediction=round(price, 2), model_version=MODEL.version)
