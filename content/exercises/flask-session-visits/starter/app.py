from flask import Flask, redirect, session, url_for  # noqa: F401

app = Flask(__name__)
# TODO: the session needs a secret key

visits_so_far = 0  # shared by every visitor: that is the bug


@app.get("/visits")
def visits():
    global visits_so_far
    visits_so_far += 1
    return f"<p>You have visited this page {visits_so_far} times.</p>"


# TODO: POST /visits/reset


if __name__ == "__main__":
    app.run(debug=True)
