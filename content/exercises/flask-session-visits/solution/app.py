import os

from flask import Flask, redirect, session, url_for

app = Flask(__name__)
# Only for trying it out; a real app must get a long random key from its environment.
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev-only-change-me")


@app.get("/visits")
def visits():
    count = session.get("visits", 0) + 1
    session["visits"] = count
    word = "time" if count == 1 else "times"
    return f"<p>You have visited this page {count} {word}.</p>"


@app.post("/visits/reset")
def reset():
    session.pop("visits", None)
    return redirect(url_for("visits"))


if __name__ == "__main__":
    app.run(debug=True)
