from flask import Flask, request

app = Flask(__name__)


@app.get("/convert")
def convert():
    # TODO: accept fahrenheit too, check the input, answer 400 with a JSON error
    celsius = float(request.args["celsius"])
    return {"celsius": celsius, "fahrenheit": celsius * 9 / 5 + 32}


if __name__ == "__main__":
    app.run(debug=True)
