from flask import Flask, request

app = Flask(__name__)


def parse(name, text):
    """The float in text, or ValueError with a message for the visitor."""
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number") from None


@app.get("/convert")
def convert():
    celsius = request.args.get("celsius")
    fahrenheit = request.args.get("fahrenheit")
    if (celsius is None) == (fahrenheit is None):
        return {"error": "give either celsius or fahrenheit"}, 400
    try:
        if celsius is not None:
            c = parse("celsius", celsius)
            f = c * 9 / 5 + 32
        else:
            f = parse("fahrenheit", fahrenheit)
            c = (f - 32) * 5 / 9
    except ValueError as error:
        return {"error": str(error)}, 400
    return {"celsius": round(c, 2), "fahrenheit": round(f, 2)}


if __name__ == "__main__":
    app.run(debug=True)
