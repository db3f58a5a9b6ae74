from flask import Flask, render_template

# Files in the "static" folder next to this module are served at /static/...
app = Flask(__name__)


@app.route("/")
def index():
    return render_template("index.html")


if __name__ == "__main__":
    app.run(debug=True)
